import { encodeCursor, MAX_PAGE_SIZE, type PageRequest } from '../../../graphql/connection.js';

/** Every row of a paged query, page after page (a township has tens of villages; a province's township may have more than a page). */
export async function allPages<T>(page: (request: PageRequest) => Promise<{ rows: T[] }>): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
    const { rows } = await page({ first: MAX_PAGE_SIZE, after: offset ? encodeCursor(offset - 1) : null });
    all.push(...rows);
    if (rows.length < MAX_PAGE_SIZE) return all;
  }
}
