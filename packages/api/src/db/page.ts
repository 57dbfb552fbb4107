import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '@township/shared';
import { MAX_PAGE_SIZE } from '../graphql/page-size.js';
import { query, sql, type Sql } from './sql.js';

/** What a connection is asked for: `first` rows after the `after` cursor. */
export interface PageRequest {
  first: number;
  after?: string | null;
}

/** A Relay connection's data; `totalCount` runs its statement only when the field is read. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  readonly totalCount?: number | Promise<number>;
}

/** One key of a keyset order. */
export interface OrderKey {
  by: Sql<unknown>;
  desc?: boolean;
}

/**
 * How the rows are ordered. `keyset`: keys that are never null and whose last one is unique, so
 * a page continues after the last row's keys (cursors stay right when rows are added before
 * them, and no row is skipped to reach a deep page). `orderBy`: any other order (nullable or
 * computed keys, or a list whose cursors clients keep in links), paged by offset.
 */
export type Ordering = { keyset: readonly OrderKey[] } | { orderBy: Sql<unknown> };

export type PagedQuery = Ordering & {
  select: Sql<unknown>;
  /** The `from` clause with its joins. */
  from: Sql<unknown>;
  where?: Sql<unknown>;
  /** A cheaper `from` for the count, when joins that only add columns can be left out. */
  countFrom?: Sql<unknown>;
};

/**
 * One page of any ordered query as a connection: checks `first`, reads `after` (the offset
 * cursors `o:<n>` every list gave out before keysets, still taken by every list), fetches one row
 * more than asked to tell whether more follow, and counts the matching rows only if the query
 * reads `totalCount`. `toNodes` turns the page's rows into the nodes, all at once (so it can
 * batch what it needs).
 */
export async function page<Row, Node = Row>(
  em: EntityManager,
  request: PageRequest,
  q: PagedQuery,
  toNodes?: (rows: Row[]) => Node[] | Promise<Node[]>,
): Promise<Page<Node>> {
  const first = checkFirst(request.first);
  const keys = 'keyset' in q ? q.keyset : null;
  const signature = keys ? keysetSignature(keys) : '';
  const after = decodeCursor(request.after, keys, signature);
  const where = [q.where ?? sql`true`];
  if (after?.keys && keys) where.push(afterKeys(keys, after.keys));
  const offset = after?.offset ?? 0;
  const keyColumns = (keys ?? []).map((k, i) => sql`(${k.by})::text as ${sql.id(`${KEY}${i}`)}`);
  const rows = await query<Row & Record<string, unknown>>(
    em,
    sql`
    select ${sql.join([q.select, ...keyColumns])} from ${q.from} where ${sql.and(where)}
     order by ${keys ? sql.join(keys.map((k) => (k.desc ? sql`${k.by} desc` : k.by))) : (q as { orderBy: Sql }).orderBy}
     limit ${first + 1}${offset ? sql` offset ${offset}` : sql.empty}`,
  );
  const shown = rows.slice(0, first);
  const cursors = shown.map((row, i) =>
    keys
      ? encodeKeys(
          signature,
          keys.map((_, k) => row[`${KEY}${k}`] as string | null),
        )
      : encodeCursor(offset + i),
  );
  if (keys) for (const row of shown) for (let k = 0; k < keys.length; k++) delete row[`${KEY}${k}`];
  const nodes = toNodes ? await toNodes(shown) : (shown as unknown as Node[]);
  let total: Promise<number> | undefined;
  return {
    nodes,
    edges: nodes.map((node, i) => ({ cursor: cursors[i], node })),
    pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: after != null, startCursor: cursors[0] ?? null, endCursor: cursors.at(-1) ?? null },
    get totalCount() {
      return (total ??= query<{ n: number }>(em, sql`select count(*)::int as n from ${q.countFrom ?? q.from} where ${q.where ?? sql`true`}`).then(
        ([r]) => r.n,
      ));
    },
  };
}

/** Every node of a list, page after page through the list's own query (for reports that need them all). */
export async function everyNode<T>(list: (request: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  for (let after: string | null = null; ;) {
    const { nodes, pageInfo } = await list({ first: MAX_PAGE_SIZE, after });
    all.push(...nodes);
    if (!pageInfo.hasNextPage) return all;
    after = pageInfo.endCursor;
  }
}

const KEY = '__key';

function checkFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, 'outOfRange', { min: 1, max: MAX_PAGE_SIZE });
  }
  return first;
}

/** Rows after the given keys: `k1 > v1 or (k1 = v1 and k2 > v2) or …`, each comparison in its key's direction. */
function afterKeys(keys: readonly OrderKey[], values: readonly (string | null)[]): Sql {
  return sql`(${sql.join(
    keys.map(
      (key, i) =>
        sql`(${sql.and([
          ...keys.slice(0, i).map((earlier, j) => sql`${earlier.by} = ${values[j]}`),
          key.desc ? sql`${key.by} < ${values[i]}` : sql`${key.by} > ${values[i]}`,
        ])})`,
    ),
    ' or ',
  )})`;
}

/** Ties a keyset cursor to the order it was made for: one from another order is refused, not misread. */
const keysetSignature = (keys: readonly OrderKey[]) =>
  createHash('sha1')
    .update(keys.map((k) => `${k.by.text} ${k.desc ? 'desc' : 'asc'}`).join(','))
    .digest('base64url')
    .slice(0, 8);

// Cursors are opaque to clients: `o:<offset>` of a row in the ordered result, or `k:<order>:<keys>`.
export const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
const encodeKeys = (signature: string, values: (string | null)[]) => Buffer.from(`k:${signature}:${JSON.stringify(values)}`).toString('base64url');

function decodeCursor(
  cursor: string | null | undefined,
  keys: readonly OrderKey[] | null,
  signature: string,
): { offset?: number; keys?: (string | null)[] } | null {
  if (!cursor) return null;
  const text = Buffer.from(cursor, 'base64url').toString();
  const offset = /^o:(\d+)$/.exec(text);
  if (offset) return { offset: Number(offset[1]) + 1 };
  const values = keys && text.startsWith(`k:${signature}:`) ? parseKeys(text.slice(signature.length + 3)) : null;
  if (values && values.length === keys?.length) return { keys: values };
  throw badInput('after', 'after is not a cursor this list gave out', 'invalidCursor');
}

function parseKeys(json: string): (string | null)[] | null {
  try {
    const values: unknown = JSON.parse(json);
    return Array.isArray(values) && values.every((v) => v === null || typeof v === 'string') ? values : null;
  } catch {
    return null;
  }
}
