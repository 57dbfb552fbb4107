import DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/context.js';
import { OrgUnit } from './org-unit.entity.js';
import { townshipTotals, type TownshipTotals } from './township.service.js';

/**
 * Org units by id, batched per request. Used for parents and townships of listed rows: an
 * ancestor's identity (code, name) is visible to everyone below it; its figures are not (the
 * figure-returning paths check scope themselves).
 */
export const orgUnitById = (ctx: RequestContext) =>
  ctx.loader(
    'orgUnitById',
    () =>
      new DataLoader<number, OrgUnit | null>(async (ids) => {
        const units = await ctx.em.find(OrgUnit, { id: { $in: [...ids] } });
        const byId = new Map(units.map((u) => [u.id, u]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );

/** Village count and profile sums of a page of townships, inside the scope. */
export const totalsByTownship = (ctx: RequestContext) =>
  ctx.loader(
    'townshipTotals',
    () =>
      new DataLoader<number, TownshipTotals>(async (ids) => {
        const byId = await townshipTotals(ctx.em, ctx.scope, ids);
        return ids.map((id) => byId.get(id) ?? { villageCount: 0, population: 0, marriedWomen: 0 });
      }),
  );

/** Id of a ManyToOne reference without loading it. */
export const refId = (ref: { id: number } | null | undefined) => ref?.id ?? null;
