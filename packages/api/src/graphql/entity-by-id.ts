import type { EntityName, FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { RequestContext } from './context.js';

/**
 * Rows of one entity by id, batched per request under `key`; null for an id not found. No scope:
 * for references from rows that were already restricted to it.
 */
export const entityById = <T extends { id: number }>(ctx: RequestContext, key: string, entity: EntityName<T>) =>
  ctx.loader(
    key,
    () =>
      new DataLoader<number, T | null>(async (ids) => {
        // The id filter holds for any T with an id; MikroORM's types cannot see that through a generic.
        const rows = await ctx.em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
