import DataLoader from 'dataloader';
import type { RequestContext } from '../../../graphql/context.js';
import { entityById } from '../../../graphql/entity-by-id.js';
import { CheckRound } from './check.entity.js';
import { valuesOf } from './check.query.js';

/** Check rounds by id. Reached only through samples already restricted to the scope. */
export const checkRoundById = (ctx: RequestContext) => entityById(ctx, 'checkRoundById', CheckRound);

/** What was verified in a page of samples, keyed `roundId:villageId`. */
export const checkValues = (ctx: RequestContext) => ctx.loader('checkValues', () => new DataLoader((keys: readonly string[]) => valuesOf(ctx.em, keys)));
