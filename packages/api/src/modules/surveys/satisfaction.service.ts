import type { EntityManager } from '@mikro-orm/postgresql';
import {
  MIN_RANKABLE_ANSWERS, SATISFACTION_RULE, SatisfactionAnswer, satisfactionFigure, SCALE_ANSWERS,
  type SurveyScale,
} from '@township/shared';
import type { Scope } from '../../graphql/scope.js';
import { intArray, SATISFIED_SQL, VALID_SQL } from './satisfaction.sql.js';
import { SatisfactionGrouping } from './survey.enums.js';
import { SatisfactionResultType } from './survey.type.js';

const ALL_ANSWERS = Object.values(SatisfactionAnswer);

const GROUP_KEY: Record<SatisfactionGrouping, string> = {
  VILLAGE: 'a.village_id',
  TOWNSHIP: 'v.parent_id',
  ITEM: 'a.item_id',
  ALL: 'null::int',
};

export interface SatisfactionQuery {
  campaignIds: readonly number[];
  grouping: SatisfactionGrouping;
  /** One question; the overall question when omitted (every question for ITEM). */
  itemId?: number | null;
  /** Only villages below this org unit path. */
  underPath?: string | null;
}

/**
 * Counts answers per campaign and group in one statement (GROUP BY, FILTER), ranks rankable
 * villages or townships with a window function, and turns counts into rates and Wilson intervals
 * with the shared rule. Only villages inside the viewer's scope are counted.
 */
export async function satisfactionResults(em: EntityManager, scope: Scope, query: SatisfactionQuery): Promise<SatisfactionResultType[]> {
  if (!query.campaignIds.length) return [];
  const [scopeSql, scopeParams] = scope.sql('v');
  const where = ['a.campaign_id = any(?::int[])', scopeSql];
  const params: unknown[] = [intArray(query.campaignIds), ...scopeParams];
  if (query.itemId != null) { where.push('a.item_id = ?'); params.push(Number(query.itemId)); }
  else if (query.grouping !== SatisfactionGrouping.ITEM) where.push('i.overall');
  if (query.underPath) { where.push('v.path like ?'); params.push(`${query.underPath}%`); }
  const ranked = query.grouping === SatisfactionGrouping.VILLAGE || query.grouping === SatisfactionGrouping.TOWNSHIP;
  const rank = ranked
    ? `case when g.valid >= ${MIN_RANKABLE_ANSWERS} then rank() over (partition by g.campaign_id, g.valid >= ${MIN_RANKABLE_ANSWERS} order by g.satisfied::float8 / nullif(g.valid, 0) desc) end`
    : 'null::int';
  const rows = await em.execute<Record<string, string | number | null>[]>(
    `with g as (
       select a.campaign_id, c.scale, ${GROUP_KEY[query.grouping]} as key, count(*) as total,
              ${ALL_ANSWERS.map((answer) => `count(*) filter (where a.answer = '${answer}') as "${answer}"`).join(', ')},
              ${SATISFIED_SQL} as satisfied, ${VALID_SQL} as valid
         from survey_answer a
         join survey_campaign c on c.id = a.campaign_id and c.county_id = a.county_id
         join survey_item i on i.id = a.item_id
         join org_unit v on v.id = a.village_id
        where ${where.join(' and ')}
        group by a.campaign_id, c.scale, ${GROUP_KEY[query.grouping]})
     select g.*, ${rank} as rank from g order by g.campaign_id, g.key`,
    params,
  );
  return rows.map((row) => toResult(row, query.grouping, row.scale as SurveyScale));
}

function toResult(row: Record<string, string | number | null>, grouping: SatisfactionGrouping, scale: SurveyScale): SatisfactionResultType {
  const figure = satisfactionFigure(Number(row.satisfied), Number(row.valid));
  const key = row.key == null ? null : Number(row.key);
  const offered = SCALE_ANSWERS[scale];
  return Object.assign(new SatisfactionResultType(), {
    campaignId: Number(row.campaign_id),
    orgUnitId: grouping === SatisfactionGrouping.VILLAGE || grouping === SatisfactionGrouping.TOWNSHIP ? key : null,
    itemId: grouping === SatisfactionGrouping.ITEM ? key : null,
    answers: offered.map((answer) => ({ answer, count: Number(row[answer] ?? 0) })),
    total: Number(row.total),
    satisfied: figure.satisfied,
    valid: figure.valid,
    rate: toPercent(figure.rate),
    low: toPercent(figure.low),
    high: toPercent(figure.high),
    rankable: figure.rankable,
    rank: row.rank == null ? null : Number(row.rank),
    rule: SATISFACTION_RULE,
  });
}

const toPercent = (fraction: number | null) => (fraction == null ? null : fraction * 100);

/** A result with no answers, for a campaign or unit that has none in scope. */
export function emptyResult(campaignId: number, scale: SurveyScale): SatisfactionResultType {
  return toResult({ campaign_id: campaignId, key: null, total: 0, satisfied: 0, valid: 0, rank: null }, SatisfactionGrouping.ALL, scale);
}
