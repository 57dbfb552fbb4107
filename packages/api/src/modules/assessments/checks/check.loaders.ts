import DataLoader from 'dataloader';
import type { RequestContext } from '../../../graphql/context.js';
import { CheckRound } from './check.entity.js';
import { valuesOf } from './check.query.js';

/** Check rounds by id, batched. Reached only through samples already restricted to the scope. */
export const checkRoundById = (ctx: RequestContext) =>
  ctx.loader('checkRoundById', () => new DataLoader<number, CheckRound | null>(async (ids) => {
    const rows = await ctx.em.find(CheckRound, { id: { $in: [...ids] } });
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  }));

/** What was verified in a page of samples, keyed `roundId:villageId`. */
export const checkValues = (ctx: RequestContext) =>
  ctx.loader('checkValues', () => new DataLoader((keys: readonly string[]) => valuesOf(ctx.em, keys)));
