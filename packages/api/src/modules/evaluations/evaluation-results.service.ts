import type { EntityManager } from '@mikro-orm/postgresql';
import { BAD_VOTE_ITEM, EVALUATION_ITEMS, EVALUATION_RULE, EvaluatorGroup, RATING_POINTS, type EvaluationItem } from '@township/shared';
import { query, sql } from '../../db/sql.js';
import type { EvaluationResultType } from './evaluation.type.js';

/** Column of each item in evaluation_vote. */
export const ITEM_COLUMN: Record<EvaluationItem, string> = {
  SERVICE_ATTITUDE: 'service_attitude',
  WORK_STYLE: 'work_style',
  EFFICIENCY: 'efficiency',
  DUTY_PERFORMANCE: 'duty_performance',
  INNOVATION: 'innovation',
  OVERALL: 'overall',
};
const GROUPS = Object.values(EvaluatorGroup);
const LEVELS = [
  ['good', 'GOOD'],
  ['fair', 'FAIR'],
  ['poor', 'POOR'],
] as const;

const itemScoreSql = (column: string) =>
  `(${LEVELS.map(([alias, rating]) => `v.${column}_${alias} * ${RATING_POINTS[rating]}`).join(' + ')})::float8 / nullif(v.votes, 0)`;

/**
 * Every subject's result in the given rounds, in one statement: ballots counted per item and
 * rating (FILTER), scores from the shared points, and the rank by a window function (score, then
 * fewer bad votes). Subjects without ballots are listed unranked.
 */
export async function evaluationResults(em: EntityManager, roundIds: readonly number[]): Promise<EvaluationResultType[]> {
  if (!roundIds.length) return [];
  const counts = EVALUATION_ITEMS.flatMap((item) =>
    LEVELS.map(([alias, rating]) => `count(*) filter (where e.${ITEM_COLUMN[item]} = '${rating}') as ${ITEM_COLUMN[item]}_${alias}`),
  );
  const scores = EVALUATION_ITEMS.map((item) => `${itemScoreSql(ITEM_COLUMN[item])} as ${ITEM_COLUMN[item]}_score`);
  const overall = `(${EVALUATION_ITEMS.map((item) => itemScoreSql(ITEM_COLUMN[item])).join(' + ')}) / ${EVALUATION_ITEMS.length}`;
  const ids = roundIds.map(Number);
  const rows = await query(
    em,
    sql<Record<string, string | number | null>>`with v as (
       select e.round_id as v_round, e.cadre_id as v_cadre, count(*) as votes,
              count(*) filter (where e.${sql.raw(ITEM_COLUMN[BAD_VOTE_ITEM])} = 'POOR') as bad_votes,
              ${sql.raw(GROUPS.map((g) => `count(*) filter (where e.evaluator_group = '${g}') as "group_${g}"`).join(', '))},
              ${sql.raw(counts.join(', '))}
         from evaluation_vote e where e.round_id = any(${ids}::int[]) group by e.round_id, e.cadre_id),
     s as (
       select s.round_id, s.cadre_id, v.*, coalesce(v.votes, 0) as n, ${sql.raw(scores.join(', '))}, ${sql.raw(overall)} as score
         from evaluation_subject s left join v on v.v_round = s.round_id and v.v_cadre = s.cadre_id
        where s.round_id = any(${ids}::int[]))
     select s.*, case when s.n > 0 then rank() over (partition by s.round_id, s.n > 0 order by s.score desc, s.bad_votes asc) end as rank,
            count(*) filter (where s.n > 0) over (partition by s.round_id) as ranked
       from s order by s.round_id, rank nulls last, s.cadre_id`,
  );
  return rows.map(toResult);
}

function toResult(row: Record<string, string | number | null>): EvaluationResultType {
  const num = (key: string) => Number(row[key] ?? 0);
  const orNull = (key: string) => (row[key] == null ? null : Number(row[key]));
  return {
    roundId: Number(row.round_id),
    cadreId: Number(row.cadre_id),
    rank: orNull('rank'),
    ranked: num('ranked'),
    score: orNull('score'),
    badVotes: num('bad_votes'),
    votes: num('n'),
    items: EVALUATION_ITEMS.map((item) => {
      const c = ITEM_COLUMN[item];
      return { item, good: num(`${c}_good`), fair: num(`${c}_fair`), poor: num(`${c}_poor`), score: orNull(`${c}_score`) };
    }),
    votesByGroup: GROUPS.map((group) => ({ group, votes: num(`group_${group}`) })),
    rule: EVALUATION_RULE,
  };
}
