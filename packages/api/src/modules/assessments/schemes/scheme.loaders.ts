import DataLoader from 'dataloader';
import type { RequestContext } from '../../../graphql/context.js';
import { entityById } from '../../../graphql/entity-by-id.js';
import { AssessmentScheme } from './scheme.entity.js';
import { schemeVersions } from './scheme.service.js';

/** Schemes by id. Reached only through rounds already restricted to the scope. */
export const schemeById = (ctx: RequestContext) => entityById(ctx, 'assessmentSchemeById', AssessmentScheme);

/** Every version of a page of schemes, oldest first. */
export const versionsByScheme = (ctx: RequestContext) =>
  ctx.loader('schemeVersions', () => new DataLoader((ids: readonly number[]) => schemeVersions(ctx.em, ids)));
