import type { EntityManager } from '@mikro-orm/postgresql';
import {
  badInput,
  COMBINATION_SIDE_LABELS,
  explainItem,
  type SchemeDefinition,
  isAssessmentPeriod,
  previousPeriod,
  type AssessmentGrade,
  type CombinationScore,
  type ItemScore,
  type VetoEvidence,
} from '@township/shared';
import type { Scope } from '../../../graphql/scope.js';
import { page, type PageRequest } from '../../../db/page.js';
import { query, sql, type Sql } from '../../../db/sql.js';
import type { VillageScoreFilter, VillageScoreOrder } from './score.inputs.js';
import { AssessmentOverviewType, VillageScoreType } from './score.type.js';
import { parallel } from '../../../db/parallel.js';

export function checkPeriodArg(period: string, field = 'period'): string {
  if (!isAssessmentPeriod(period)) throw badInput(field, `${field} must look like 2026-Q3 or 2026, got "${period}"`, 'invalidPeriod');
  return period;
}

interface ResultRow {
  village_id: number;
  township_id: number;
  period: string;
  scheme_id: number;
  scheme_version: number;
  total: string;
  grade: AssessmentGrade;
  vetoed: boolean;
  vetoes: VetoEvidence[];
  items: ItemScore[];
  combinations: CombinationScore[];
  explanation: string;
  rank_township: number;
  township_size: number;
  rank_county: number;
  computed_at: Date;
  prev_rank: number | null;
  prev_total: string | null;
  stale: boolean;
}

/** True when the village's statistics for the result's months were recorded after it was computed. */
const STALE_SQL = sql`exists (select 1 from village_statistic s where s.village_id = r.village_id and s.recorded_at > r.computed_at
    and s.month between make_date(left(r.period, 4)::int, case when r.period like '%-Q_' then right(r.period, 1)::int * 3 - 2 else 1 end, 1)
                    and make_date(left(r.period, 4)::int, case when r.period like '%-Q_' then right(r.period, 1)::int * 3 else 12 end, 1))`;

/** Columns of a result `r` with the previous period's rank and total (from `p`). */
const RESULT_COLUMNS = sql`r.village_id, r.township_id, r.period, r.scheme_id, r.scheme_version, r.total, r.grade, r.vetoed, r.vetoes, r.items,
  r.combinations, r.explanation, r.rank_township, r.township_size, r.rank_county, r.computed_at, p.rank_county as prev_rank, p.total as prev_total,
  ${STALE_SQL} as stale`;

/** A period's results joined to their village and their previous period. */
const resultFrom = (period: string) => sql`assessment_result r join org_unit v on v.id = r.village_id
  left join assessment_result p on p.village_id = r.village_id and p.period = ${previousPeriod(period)}`;

/** The scheme versions the rows were computed with, in one statement: their words explain the stored numbers. */
async function definitionsOf(em: EntityManager, rows: readonly ResultRow[]): Promise<Map<string, SchemeDefinition>> {
  const keys = [...new Set(rows.map((r) => `${r.scheme_id}:${r.scheme_version}`))];
  if (!keys.length) return new Map();
  const found = await query(
    em,
    sql<{ scheme_id: number; version: number; definition: SchemeDefinition }>`
    select v.scheme_id, v.version, v.definition from assessment_scheme_version v
      join unnest(${keys.map((k) => Number(k.split(':')[0]))}::int[], ${keys.map((k) => Number(k.split(':')[1]))}::int[]) as k(scheme_id, version)
        on k.scheme_id = v.scheme_id and k.version = v.version`,
  );
  return new Map(found.map((f) => [`${f.scheme_id}:${f.version}`, f.definition]));
}

async function toScores(em: EntityManager, rows: ResultRow[]): Promise<VillageScoreType[]> {
  const definitions = await definitionsOf(em, rows);
  return rows.map((row) => toScore(row, definitions.get(`${row.scheme_id}:${row.scheme_version}`)!));
}

function toScore(row: ResultRow, def: SchemeDefinition): VillageScoreType {
  return Object.assign(new VillageScoreType(), {
    villageId: row.village_id,
    townshipId: row.township_id,
    period: row.period,
    schemeId: row.scheme_id,
    schemeVersion: row.scheme_version,
    total: Number(row.total),
    grade: row.grade,
    vetoed: row.vetoed,
    vetoReasons: row.vetoes,
    rankTownship: row.rank_township,
    townshipSize: row.township_size,
    rankCounty: row.rank_county,
    previousRankCounty: row.prev_rank,
    previousTotal: row.prev_total == null ? null : Number(row.prev_total),
    rankChange: row.prev_rank == null ? null : row.prev_rank - row.rank_county,
    items: row.items.map((i) => ({
      ...explainItem(def, i),
      inputs: Object.entries(i.inputs).map(([name, value]) => ({ name, value: value == null ? null : String(value) })),
    })),
    combinations: row.combinations.map((c) => ({ ...c, leftLabel: COMBINATION_SIDE_LABELS[c.pair][0], rightLabel: COMBINATION_SIDE_LABELS[c.pair][1] })),
    explanation: row.explanation,
    computedAt: row.computed_at,
    stale: row.stale,
  });
}

const ORDER: Record<string, Sql> = {
  RANK: sql`r.rank_county`,
  TOTAL: sql`r.total`,
  NAME: sql`v.name`,
  CHANGE: sql`(p.rank_county - r.rank_county)`,
};

export interface ScoreListArgs extends PageRequest {
  period: string;
  filter?: VillageScoreFilter | null;
  orderBy?: VillageScoreOrder | null;
}

/** One statement for the page (and one for the count): results of a period in scope, filtered, sorted, with last period's rank. */
export async function listScores(em: EntityManager, scope: Scope, args: ScoreListArgs) {
  const period = checkPeriodArg(args.period);
  const where = [sql`r.period = ${period}`, sql.scoped(scope, 'v')];
  const f = args.filter ?? {};
  if (f.townshipId != null) where.push(sql`r.township_id = ${Number(f.townshipId)}`);
  if (f.category) where.push(sql`v.category = ${f.category}`);
  if (f.grade) where.push(sql`r.grade = ${f.grade}`);
  if (f.vetoed != null) where.push(sql`r.vetoed = ${f.vetoed}`);
  if (f.schemeId != null) where.push(sql`r.scheme_id = ${Number(f.schemeId)}`);
  const direction = args.orderBy?.direction === 'DESC' ? sql`desc` : sql`asc`;
  return page<ResultRow, VillageScoreType>(
    em,
    args,
    {
      select: RESULT_COLUMNS,
      from: resultFrom(period),
      where: sql.and(where),
      countFrom: sql`assessment_result r join org_unit v on v.id = r.village_id`,
      orderBy: sql`${ORDER[args.orderBy?.field ?? 'RANK']} ${direction} nulls last, r.rank_county, v.name, v.id`,
    },
    (rows) => toScores(em, rows),
  );
}

/** Results of the given villages for one period (villages outside the scope get null). */
export async function scoresOf(em: EntityManager, scope: Scope, villageIds: readonly number[], period: string): Promise<(VillageScoreType | null)[]> {
  const rows = await query(
    em,
    sql<ResultRow>`select ${RESULT_COLUMNS} from ${resultFrom(checkPeriodArg(period))}
    where r.period = ${period} and r.village_id = any(${villageIds}::int[]) and ${sql.scoped(scope, 'v')}`,
  );
  const scores = await toScores(em, rows);
  const byVillage = new Map(scores.map((score) => [score.villageId, score]));
  return villageIds.map((id) => byVillage.get(id) ?? null);
}

/** Newest first: a year's quarters (latest first), then the year itself, then the year before. */
export const periodOrder = (period: string) => Number(period.slice(0, 4)) * 10 + (period.length > 4 ? Number(period.slice(-1)) : 0);

/** Every result of the given villages, newest period first, each with the rank of the period before. */
export async function historyOf(em: EntityManager, scope: Scope, villageIds: readonly number[]): Promise<VillageScoreType[][]> {
  const rows = await query(
    em,
    sql<ResultRow>`
    select r.village_id, r.township_id, r.period, r.scheme_id, r.scheme_version, r.total, r.grade, r.vetoed, r.vetoes, r.items, r.combinations,
           r.explanation, r.rank_township, r.township_size, r.rank_county, r.computed_at, null as prev_rank, null as prev_total, ${STALE_SQL} as stale
      from assessment_result r join org_unit v on v.id = r.village_id
     where r.village_id = any(${villageIds}::int[]) and ${sql.scoped(scope, 'v')}`,
  );
  const byKey = new Map(rows.map((r) => [`${r.village_id}:${r.period}`, r]));
  for (const row of rows) {
    const previous = byKey.get(`${row.village_id}:${previousPeriod(row.period)}`);
    row.prev_rank = previous?.rank_county ?? null;
    row.prev_total = previous?.total ?? null;
  }
  rows.sort((a, b) => periodOrder(b.period) - periodOrder(a.period));
  const scores = await toScores(em, rows);
  return villageIds.map((id) => scores.filter((s) => s.villageId === id));
}

/** Periods with results in the scope, newest first. */
export async function scoredPeriods(em: EntityManager, scope: Scope): Promise<string[]> {
  const rows = await query(
    em,
    sql<{ period: string }>`select distinct r.period from assessment_result r join org_unit v on v.id = r.village_id where ${sql.scoped(scope, 'v')}`,
  );
  return rows.map((r) => r.period).sort((a, b) => periodOrder(b) - periodOrder(a));
}

/** Grade counts, vetoes, lagging count and the biggest movers, in three statements. */
export async function overview(em: EntityManager, scope: Scope, period: string): Promise<AssessmentOverviewType> {
  checkPeriodArg(period);
  const inScope = sql.scoped(scope, 'v');
  const [[counts], lagging, movers] = await parallel(em, [
    () =>
      query(
        em,
        sql<Record<string, string | null>>`
      select count(*) as villages, round(avg(r.total), 2) as average, count(*) filter (where r.vetoed) as vetoed,
             count(*) filter (where r.grade = 'EXCELLENT') as "EXCELLENT", count(*) filter (where r.grade = 'GOOD') as "GOOD",
             count(*) filter (where r.grade = 'PASS') as "PASS", count(*) filter (where r.grade = 'FAIL') as "FAIL"
        from assessment_result r join org_unit v on v.id = r.village_id where r.period = ${period} and ${inScope}`,
      ),
    () =>
      query(
        em,
        sql<{ n: string }>`select count(*) as n from assessment_lagging l join org_unit v on v.id = l.village_id where l.exited_period is null and ${inScope}`,
      ),
    () =>
      query(
        em,
        sql<ResultRow>`
      (select ${RESULT_COLUMNS} from ${resultFrom(period)} where r.period = ${period} and ${inScope} and p.rank_county > r.rank_county order by p.rank_county - r.rank_county desc, v.name limit 3)
      union all
      (select ${RESULT_COLUMNS} from ${resultFrom(period)} where r.period = ${period} and ${inScope} and p.rank_county < r.rank_county order by p.rank_county - r.rank_county, v.name limit 3)`,
      ),
  ]);
  const scores = await toScores(em, movers);
  return Object.assign(new AssessmentOverviewType(), {
    period,
    villages: Number(counts.villages),
    averageTotal: counts.average == null ? null : Number(counts.average),
    vetoed: Number(counts.vetoed),
    grades: (['EXCELLENT', 'GOOD', 'PASS', 'FAIL'] as const).map((grade) => ({ grade, count: Number(counts[grade]) })),
    lagging: Number(lagging[0].n),
    risers: scores.filter((s) => s.rankChange! > 0),
    fallers: scores.filter((s) => s.rankChange! < 0),
  });
}
