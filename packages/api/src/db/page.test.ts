import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/database.js';
import { encodeCursor, everyNode, page, type PagedQuery, type PageRequest } from './page.js';
import { query, queryOne, sql } from './sql.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  // 25 rows with many ties on (grp, at): only id tells them apart.
  await query(
    db.orm.em,
    sql`create table paging_probe as
    select n as id, n % 3 as grp, timestamptz '2026-10-01 08:00:00.123456+08' + (n % 4) * interval '1 microsecond' as at, 'row ' || n as label
      from generate_series(1, 25) n`,
  );
});
afterAll(() => db.close());

const em = () => db.orm.em.fork();

describe('the sql tag', () => {
  it('sends values as parameters, never as SQL, and takes a question mark in the SQL literally', async () => {
    const tricky = `'); drop table paging_probe; -- ? ??`;
    const row = await queryOne(em(), sql<{ echoed: string; has: boolean }>`select ${tricky}::text as echoed, '{"a": 1}'::jsonb ? 'a' as has`);
    expect(row).toEqual({ echoed: tricky, has: true });
    expect(await queryOne(em(), sql<{ n: number }>`select count(*)::int as n from paging_probe`)).toEqual({ n: 25 });
  });

  it('composes fragments, lists, identifiers and the empty fragment', async () => {
    const ids = [3, 5, 8];
    const where = sql.and([sql`id in (${sql.list(ids)})${sql.empty}`, sql.and([])]);
    const rows = await query(em(), sql<{ id: number }>`select ${sql.id('id')} from paging_probe where ${where} and id = any(${ids}::int[]) order by id`);
    expect(rows.map((r) => r.id)).toEqual(ids);
  });

  it('renders the scope as one prefix match on the alias', () => {
    const fragment = sql.scoped({ rootPath: '/1/2/' }, 'v');
    expect([fragment.text, fragment.values]).toEqual(['"v".path like ?', ['/1/2/%']]);
  });
});

const KEYSET: PagedQuery = {
  select: sql`p.id, p.grp`,
  from: sql`paging_probe p`,
  where: sql`p.id <> 7`,
  keyset: [{ by: sql`p.grp` }, { by: sql`p.at`, desc: true }, { by: sql`p.id` }],
};
const OFFSET: PagedQuery = { ...KEYSET, keyset: undefined, orderBy: sql`p.grp, p.at desc, p.id` } as unknown as PagedQuery;

const list = (q: PagedQuery) => (request: PageRequest) => page<{ id: number; grp: number }>(em(), request, q);

describe('page()', () => {
  it('walks a keyset order with ties and mixed directions to the same rows as one ordered query', async () => {
    const all = await query(em(), sql<{ id: number }>`select p.id from paging_probe p where p.id <> 7 order by p.grp, p.at desc, p.id`);
    const paged: number[] = [];
    for (let after: string | null = null, more = true; more;) {
      const result = await list(KEYSET)({ first: 4, after });
      paged.push(...result.nodes.map((n) => n.id));
      expect(result.pageInfo.hasPreviousPage).toBe(after != null);
      more = result.pageInfo.hasNextPage;
      after = result.pageInfo.endCursor;
    }
    expect(paged).toEqual(all.map((r) => r.id));
    expect(await everyNode(list(OFFSET))).toEqual(await everyNode(list(KEYSET)));
  });

  it('takes the offset cursors given out before keysets, and refuses a cursor of another order', async () => {
    const byOffset = await list(KEYSET)({ first: 3, after: encodeCursor(4) });
    const reference = await list(OFFSET)({ first: 3, after: encodeCursor(4) });
    expect(byOffset.nodes).toEqual(reference.nodes);
    const other = await page(em(), { first: 3 }, { ...KEYSET, keyset: [{ by: sql`p.id` }] });
    for (const after of [other.pageInfo.endCursor, 'bm9uc2Vuc2U', Buffer.from('k:zzzzzzzz:[').toString('base64url')]) {
      await expect(list(KEYSET)({ first: 3, after }), String(after)).rejects.toMatchObject({ field: 'after' });
    }
    await expect(list(KEYSET)({ first: 101 })).rejects.toMatchObject({ field: 'first' });
  });

  it('counts the rows only when totalCount is read, once', async () => {
    db.queries.length = 0;
    const result = await list(KEYSET)({ first: 5 });
    expect(db.queries.filter((q) => q.includes('count(*)'))).toHaveLength(0);
    expect([await result.totalCount, await result.totalCount]).toEqual([24, 24]);
    expect(db.queries.filter((q) => q.includes('count(*)'))).toHaveLength(1);
  });
});
