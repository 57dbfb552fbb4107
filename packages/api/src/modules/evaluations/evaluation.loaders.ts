import DataLoader from 'dataloader';
import { query, sql } from '../../db/sql.js';
import type { RequestContext } from '../../graphql/context.js';
import { Cadre } from '../cadres/index.js';
import { EvaluationDesignation } from './evaluation-designation.entity.js';
import { EvaluationRound } from './evaluation-round.entity.js';
import { evaluationResults } from './evaluation-results.service.js';
import type { EvaluationResultType } from './evaluation.type.js';

/** Loaders below are reached only from rounds already checked against the scope. */
export const resultsByRound = (ctx: RequestContext) =>
  ctx.loader(
    'evaluationResultsByRound',
    () =>
      new DataLoader<number, EvaluationResultType[]>(async (ids) => {
        const rows = await evaluationResults(ctx.em, ids);
        return ids.map((id) => rows.filter((r) => r.roundId === id));
      }),
  );

export const designationsByRound = (ctx: RequestContext) =>
  ctx.loader(
    'evaluationDesignationsByRound',
    () =>
      new DataLoader<number, EvaluationDesignation[]>(async (ids) => {
        const rows = await ctx.em.find(EvaluationDesignation, { round: { $in: [...ids] } }, { orderBy: { rank: 'asc' } });
        return ids.map((id) => rows.filter((d) => d.round.id === id));
      }),
  );

/** The round that follows each round up (the earliest naming it as previous), if any. */
export const nextRoundId = (ctx: RequestContext) =>
  ctx.loader(
    'evaluationNextRound',
    () =>
      new DataLoader<number, number | null>(async (ids) => {
        const rows = await query(
          ctx.em,
          sql<{ id: number; previous_round_id: number }>`select distinct on (previous_round_id) id, previous_round_id from evaluation_round
          where previous_round_id = any(${ids}::int[]) order by previous_round_id, held_on, id`,
        );
        return ids.map((id) => rows.find((r) => Number(r.previous_round_id) === id)?.id ?? null);
      }),
  );

export const evaluatedCadre = (ctx: RequestContext) =>
  ctx.loader(
    'evaluatedCadreById',
    () =>
      new DataLoader<number, Cadre | null>(async (ids) => {
        const cadres = await ctx.em.find(Cadre, { id: { $in: [...ids] } });
        return ids.map((id) => cadres.find((c) => c.id === id) ?? null);
      }),
  );

/** Rounds by id, inside the scope (a previous round held above the viewer's unit stays hidden). */
export const roundById = (ctx: RequestContext) =>
  ctx.loader(
    'evaluationRoundById',
    () =>
      new DataLoader<number, EvaluationRound | null>(async (ids) => {
        const rounds = await ctx.em.find(EvaluationRound, { id: { $in: [...ids] }, orgUnit: ctx.scope.where() });
        return ids.map((id) => rounds.find((r) => r.id === id) ?? null);
      }),
  );
