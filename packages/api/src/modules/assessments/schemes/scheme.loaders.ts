import DataLoader from 'dataloader';
import type { RequestContext } from '../../../graphql/context.js';
import { AssessmentScheme } from './scheme.entity.js';
import { schemeVersions } from './scheme.service.js';

/** Schemes by id, batched. Reached only through rounds already restricted to the scope. */
export const schemeById = (ctx: RequestContext) =>
  ctx.loader('assessmentSchemeById', () => new DataLoader<number, AssessmentScheme | null>(async (ids) => {
    const rows = await ctx.em.find(AssessmentScheme, { id: { $in: [...ids] } });
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  }));

/** Every version of a page of schemes, oldest first. */
export const versionsByScheme = (ctx: RequestContext) =>
  ctx.loader('schemeVersions', () => new DataLoader((ids: readonly number[]) => schemeVersions(ctx.em, ids)));
