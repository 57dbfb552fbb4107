import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * Raw SQL on the EntityManager's connection, inside its transaction when it has one (services
 * and the demo loader run the same bulk statements in their own transactions).
 */
export function sql<T = Record<string, unknown>>(em: EntityManager, text: string, params: readonly unknown[] = []): Promise<T[]> {
  return em.execute<T[]>(text, [...params], 'all', em.getTransactionContext());
}

/**
 * Raw SQL with its parameters bound, not inlined: for bulk writes whose array parameters run to
 * megabytes (MikroORM's execute inlines parameters into the SQL text, which costs more than the
 * write itself at that size). Same transaction as the EntityManager's.
 */
export async function bulkSql(em: EntityManager, text: string, params: readonly unknown[] = []): Promise<void> {
  const knex = em.getTransactionContext<Knex.Transaction>() ?? em.getConnection().getKnex();
  await knex.raw(text, [...params] as Knex.RawBinding[]);
}

type Element = string | number | boolean | null;

/** A PostgreSQL array literal, bound as one parameter (`= any(?::int[])`, `unnest(?::text[])`). */
export function pgArray(values: readonly Element[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : typeof v === 'string' ? `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : String(v))).join(',')}}`;
}

/** `YYYY-MM` → first day; and the last day of a month, for date ranges. */
export const firstDay = (month: string) => `${month}-01`;
export function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
