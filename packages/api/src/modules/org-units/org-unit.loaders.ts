import DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/context.js';
import { OrgUnit } from './org-unit.entity.js';

/**
 * Org units by id, batched per request. Used for parents and townships of listed rows: an
 * ancestor's identity (code, name) is visible to everyone below it; its figures are not (the
 * figure-returning paths check scope themselves).
 */
export const orgUnitById = (ctx: RequestContext) =>
  ctx.loader('orgUnitById', () =>
    new DataLoader<number, OrgUnit | null>(async (ids) => {
      const units = await ctx.em.find(OrgUnit, { id: { $in: [...ids] } });
      const byId = new Map(units.map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );

/** Id of a ManyToOne reference without loading it. */
export const refId = (ref: { id: number } | null | undefined) => ref?.id ?? null;
