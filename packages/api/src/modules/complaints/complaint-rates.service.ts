import type { EntityManager } from '@mikro-orm/postgresql';
import {
  COMPLAINT_RATE_KEYS,
  COMPLAINT_RATES,
  complaintRate,
  ComplaintStatus,
  describeComplaintRate,
  type ComplaintRateCounts,
  type ComplaintRateKey,
} from '@township/shared';
import { query, sql, type Sql } from '../../db/sql.js';
import type { Period } from '../../graphql/period.js';
import type { Scope } from '../../graphql/scope.js';
import { ComplaintBreakdown } from './complaint.enums.js';
import { ComplaintRateSummaryType, type ComplaintCaseloadType, type ComplaintRankingType, type ComplaintRateType } from './complaint-figures.type.js';
import { monthEnd, monthStart, overdueSql, rateCountsSql, receivedMonthSql, villagesUnder } from './complaint.sql.js';
import { parallel } from '../../db/parallel.js';

const COUNT_KEYS: (keyof ComplaintRateCounts)[] = ['acceptanceDue', 'acceptedOnTime', 'replyDue', 'repliedOnTime', 'reached', 'resolved', 'satisfied'];

/** The unit a complaint's figures roll up to, from the complaint's own denormalised columns (the asked unit for the whole). */
function complaintUnit(breakdown: ComplaintBreakdown, unitId: number): Sql {
  if (breakdown === ComplaintBreakdown.VILLAGE) return sql`c.village_id`;
  if (breakdown === ComplaintBreakdown.TOWNSHIP) return sql`c.township_id`;
  return sql`${unitId}::int`;
}

const OVERDUE = sql.raw(overdueSql('c'));
const RATE_COUNTS = sql.raw(rateCountsSql('c'));
const NOT_CLOSED = sql`c.status <> ${ComplaintStatus.Closed}`;

export function toRates(counts: ComplaintRateCounts): ComplaintRateType[] {
  return COMPLAINT_RATE_KEYS.map((key) => {
    const { numerator, denominator, value } = complaintRate(key, counts);
    return { key, value, numerator, denominator, reliable: denominator >= COMPLAINT_RATES[key].minDenominator, formula: describeComplaintRate(key, 'en') };
  });
}

const countsOf = (row: Record<string, unknown>) => Object.fromEntries(COUNT_KEYS.map((k) => [k, Number(row[k] ?? 0)])) as unknown as ComplaintRateCounts;

export interface RateRequest {
  unitId: number;
  period: Period;
  breakdown: ComplaintBreakdown;
  byMonth: boolean;
}

/** Received, open, overdue and the rate counts per unit (and month), one GROUP BY over complaints received in the period. */
export async function complaintRates(em: EntityManager, scope: Scope, request: RateRequest): Promise<ComplaintRateSummaryType[]> {
  const month = request.byMonth ? sql`to_char(${sql.raw(receivedMonthSql('c'))}, 'YYYY-MM')` : sql`null`;
  const rows = await query(
    em,
    sql`
    select ${complaintUnit(request.breakdown, request.unitId)} as unit_id, ${month} as month,
           count(*)::int as received, count(*) filter (where ${NOT_CLOSED})::int as open,
           count(*) filter (where ${OVERDUE})::int as overdue, ${RATE_COUNTS}
      from complaint c join org_unit v on v.id = c.village_id
     where ${villagesUnder('v', scope, request.unitId)} and c.received_at >= ${monthStart(request.period.from)} and c.received_at < ${monthEnd(request.period.to)}
     group by 1, 2 order by 1, 2`,
  );
  const summaries = rows.map((row) => summary(Number(row.unit_id), (row.month as string | null) ?? null, row));
  if (!summaries.length && request.breakdown === ComplaintBreakdown.WHOLE && !request.byMonth) return [summary(request.unitId, null, {})];
  return summaries;
}

function summary(orgUnitId: number, month: string | null, row: Record<string, unknown>): ComplaintRateSummaryType {
  const counts = countsOf(row);
  return Object.assign(new ComplaintRateSummaryType(), {
    orgUnitId,
    month,
    received: Number(row.received ?? 0),
    open: Number(row.open ?? 0),
    overdue: Number(row.overdue ?? 0),
    counts,
    rates: toRates(counts),
  });
}

export interface RankingRequest {
  unitId: number;
  period: Period;
  key: ComplaintRateKey;
  minCases: number;
  bestFirst: boolean;
  limit: number;
}

/**
 * Villages ranked by one rate in SQL (rank() over the rate), leaving out villages whose
 * denominator is below the minimum: a village with 1 of 1 on time is not "best".
 */
export async function complaintRanking(em: EntityManager, scope: Scope, request: RankingRequest): Promise<ComplaintRankingType> {
  const def = COMPLAINT_RATES[request.key];
  const perVillage = sql`
    with r as (
      select c.village_id, count(*)::int as received, ${RATE_COUNTS}
        from complaint c join org_unit v on v.id = c.village_id
       where ${villagesUnder('v', scope, request.unitId)} and c.received_at >= ${monthStart(request.period.from)} and c.received_at < ${monthEnd(request.period.to)}
       group by c.village_id)`;
  const numerator = sql`r.${sql.id(def.numerator)}`;
  const denominator = sql`r.${sql.id(def.denominator)}`;
  const [entries, [counts]] = await parallel(em, [
    () =>
      query(
        em,
        sql<{ village_id: number; received: number; numerator: number; denominator: number; value: number; rank: number }>`${perVillage}
      select * from (
        select r.village_id, r.received, ${numerator} as numerator, ${denominator} as denominator,
               round(${numerator} * 100.0 / ${denominator}, 2)::float8 as value,
               rank() over (order by ${numerator}::numeric / ${denominator} desc)::int as rank
          from r where ${denominator} >= ${request.minCases}) ranked
      order by rank ${request.bestFirst ? sql`asc` : sql`desc`}, denominator desc, village_id
      limit ${request.limit}`,
      ),
    () =>
      query(
        em,
        sql<{ ranked: number; unranked: number }>`${perVillage}
      select count(*) filter (where ${denominator} >= ${request.minCases})::int as ranked,
             count(*) filter (where ${denominator} < ${request.minCases})::int as unranked from r`,
      ),
  ]);
  return {
    key: request.key,
    minCases: request.minCases,
    rankedCount: counts.ranked,
    unrankedCount: counts.unranked,
    rule: `${describeComplaintRate(request.key, 'en')}; villages with fewer than ${request.minCases} cases in the denominator are not ranked`,
    entries: entries.map((row) => ({
      villageId: Number(row.village_id),
      rank: Number(row.rank),
      value: Number(row.value),
      numerator: Number(row.numerator),
      denominator: Number(row.denominator),
      received: Number(row.received),
    })),
  };
}

/**
 * Open, overdue and repeat cases per unit. Open and overdue are as of now, whenever received;
 * repeat cases are those received in the period from people with more than one complaint in scope.
 */
export async function complaintCaseload(
  em: EntityManager,
  scope: Scope,
  request: { unitId: number; period: Period; breakdown: ComplaintBreakdown; limit: number },
): Promise<ComplaintCaseloadType[]> {
  const inPeriod = sql`c.received_at >= ${monthStart(request.period.from)} and c.received_at < ${monthEnd(request.period.to)}`;
  const rows = await query(
    em,
    sql`
    with repeaters as (
      select p.complainant_id from complaint p join org_unit pv on pv.id = p.village_id
       where p.complainant_id is not null and ${sql.scoped(scope, 'pv')} group by p.complainant_id having count(*) > 1)
    select ${complaintUnit(request.breakdown, request.unitId)} as unit_id,
           count(*) filter (where ${inPeriod})::int as received,
           count(*) filter (where ${NOT_CLOSED})::int as open,
           count(*) filter (where ${OVERDUE})::int as overdue,
           count(*) filter (where r.complainant_id is not null and ${inPeriod})::int as repeat_cases,
           count(distinct c.complainant_id) filter (where r.complainant_id is not null and ${inPeriod})::int as repeat_complainants
      from complaint c join org_unit v on v.id = c.village_id left join repeaters r on r.complainant_id = c.complainant_id
     where ${villagesUnder('v', scope, request.unitId)} and ((${inPeriod}) or ${NOT_CLOSED})
     group by 1
    having count(*) filter (where ${OVERDUE}) > 0 or count(*) filter (where r.complainant_id is not null and ${inPeriod}) > 0
     order by overdue desc, repeat_cases desc, received desc, unit_id
     limit ${request.limit}`,
  );
  return rows.map((row) => ({
    orgUnitId: Number(row.unit_id),
    received: Number(row.received),
    open: Number(row.open),
    overdue: Number(row.overdue),
    repeatCases: Number(row.repeat_cases),
    repeatComplainants: Number(row.repeat_complainants),
  }));
}
