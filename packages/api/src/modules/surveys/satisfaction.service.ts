import type { EntityManager } from '@mikro-orm/postgresql';
import { MIN_RANKABLE_ANSWERS, SATISFACTION_RULE, SatisfactionAnswer, satisfactionFigure, SCALE_ANSWERS, type SurveyScale } from '@township/shared';
import { query, sql, type Sql } from '../../db/sql.js';
import type { Scope } from '../../graphql/scope.js';
import { SATISFIED_SQL, VALID_SQL } from './satisfaction.sql.js';
import { SatisfactionGrouping } from './survey.enums.js';
import { SatisfactionResultType } from './survey.type.js';

const ALL_ANSWERS = Object.values(SatisfactionAnswer);

const GROUP_KEY: Record<SatisfactionGrouping, Sql> = {
  VILLAGE: sql`a.village_id`,
  TOWNSHIP: sql`v.parent_id`,
  ITEM: sql`a.item_id`,
  ALL: sql`null::int`,
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
export async function satisfactionResults(em: EntityManager, scope: Scope, request: SatisfactionQuery): Promise<SatisfactionResultType[]> {
  if (!request.campaignIds.length) return [];
  const where = [sql`a.campaign_id = any(${request.campaignIds}::int[])`, sql.scoped(scope, 'v')];
  if (request.itemId != null) where.push(sql`a.item_id = ${Number(request.itemId)}`);
  else if (request.grouping !== SatisfactionGrouping.ITEM) where.push(sql`i.overall`);
  if (request.underPath) where.push(sql`v.path like ${`${request.underPath}%`}`);
  const ranked = request.grouping === SatisfactionGrouping.VILLAGE || request.grouping === SatisfactionGrouping.TOWNSHIP;
  const rank = ranked
    ? sql`case when g.valid >= ${MIN_RANKABLE_ANSWERS} then rank() over (partition by g.campaign_id, g.valid >= ${MIN_RANKABLE_ANSWERS} order by g.satisfied::float8 / nullif(g.valid, 0) desc) end`
    : sql`null::int`;
  const key = GROUP_KEY[request.grouping];
  const rows = await query(
    em,
    sql<Record<string, string | number | null>>`
    with g as (
      select a.campaign_id, c.scale, ${key} as key, count(*) as total,
             ${sql.join(ALL_ANSWERS.map((answer) => sql`count(*) filter (where a.answer = ${answer}) as ${sql.id(answer)}`))},
             ${sql.raw(SATISFIED_SQL)} as satisfied, ${sql.raw(VALID_SQL)} as valid
        from survey_answer a
        join survey_campaign c on c.id = a.campaign_id and c.county_id = a.county_id
        join survey_item i on i.id = a.item_id
        join org_unit v on v.id = a.village_id
       where ${sql.and(where)}
       group by a.campaign_id, c.scale, ${key})
    select g.*, ${rank} as rank from g order by g.campaign_id, g.key`,
  );
  return rows.map((row) => toResult(row, request.grouping, row.scale as SurveyScale));
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
