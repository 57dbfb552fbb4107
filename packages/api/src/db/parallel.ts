import type { EntityManager } from '@mikro-orm/postgresql';

type Results<T extends readonly (() => unknown)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs independent queries at once on the pool's connections, or one after the other inside a
 * transaction: a transaction is one connection, and one connection runs one statement at a time
 * (pg 8 queues a second with a deprecation warning, pg 9 refuses it). Use it for every fan-out of
 * statements a transaction may reach.
 */
export async function parallel<const T extends readonly (() => unknown)[]>(em: EntityManager, tasks: T): Promise<Results<T>> {
  if (!em.isInTransaction()) return (await Promise.all(tasks.map((task) => task()))) as Results<T>;
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as Results<T>;
}
