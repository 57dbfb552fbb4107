import type { EntityManager } from '@mikro-orm/postgresql';
import { pageWindow, type PageRequest } from '../../graphql/connection.js';
import { sql } from './sql.js';
import { parallel } from '../../db/parallel.js';

/** One page of `select … from … order by …` (limit/offset from the connection arguments) and, when asked, its count. */
export async function sqlPage<T>(em: EntityManager, select: string, from: string, order: string, params: readonly unknown[], args: PageRequest, withTotal: boolean) {
  const { offset, limit } = pageWindow(args);
  const [rows, count] = await parallel(em, [
    () => sql<T>(em, `select ${select} ${from} order by ${order} limit ? offset ?`, [...params, limit, offset]),
    () => withTotal ? sql<{ n: string }>(em, `select count(*) as n ${from}`, params) : null,
  ]);
  return { rows, totalCount: count ? Number(count[0].n) : undefined };
}
