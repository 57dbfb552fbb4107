import DataLoader from 'dataloader';
import type { RequestContext } from '../../../graphql/context.js';
import { historyOf } from './score.query.js';

/** Results of a page of villages in the scope, newest period first. */
export const assessmentHistory = (ctx: RequestContext) =>
  ctx.loader('assessmentHistory', () => new DataLoader((ids: readonly number[]) => historyOf(ctx.em, ctx.scope, ids)));
