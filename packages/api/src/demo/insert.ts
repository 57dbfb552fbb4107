import type { Knex } from '@mikro-orm/postgresql';

export type Cell = string | number | boolean | null;

export interface Column {
  name: string;
  /** PostgreSQL element type the values are cast to, e.g. `int`, `text`, `org_unit_kind`. */
  type: string;
  /** SQL around the unnested value, for columns that are themselves arrays (`array[%]`). */
  wrap?: string;
}

// One statement per chunk keeps memory flat at scale 10 and still means a handful of round trips.
const CHUNK = 25_000;

/** Quote one value for a PostgreSQL array literal. */
function element(value: Cell): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot insert ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Multi-row insert: each column travels as one array parameter and `unnest` turns them back into
 * rows, so a chunk is a single statement with as many parameters as columns, whatever its length.
 */
export async function bulkInsert(trx: Knex.Transaction, table: string, columns: readonly Column[], rows: readonly Cell[][]): Promise<void> {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const arrays = columns.map((c) => `?::${c.type}[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const select = columns.map((c, i) => (c.wrap ? c.wrap.replace('%', `u.${aliases[i]}`) : `u.${aliases[i]}`)).join(', ');
  const sql = `insert into "${table}" (${names}) select ${select} from unnest(${arrays}) as u(${aliases.join(', ')})`;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const bindings = columns.map((_, i) => `{${chunk.map((row) => element(row[i])).join(',')}}`);
    await trx.raw(sql, bindings);
  }
}

/**
 * Take `count` ids from a table's sequence. Knowing ids before inserting lets the generator write
 * paths and foreign keys in the same single pass, with no update afterwards.
 */
export async function reserveIds(trx: Knex.Transaction, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const result = await trx.raw<{ rows: { id: string }[] }>(`select nextval(pg_get_serial_sequence(?, 'id'))::text as id from generate_series(1, ?)`, [
    table,
    count,
  ]);
  return result.rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}
