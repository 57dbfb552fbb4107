import type { EntityManager } from '@mikro-orm/postgresql';
import {
  COMPLAINT_RATE_KEYS, COMPLAINT_RATES, complaintRate, ComplaintStatus, describeComplaintRate, type ComplaintRateCounts, type ComplaintRateKey,
} from '@township/shared';
import type { Period } from '../../graphql/period.js';
import type { Scope } from '../../graphql/scope.js';
import { ComplaintBreakdown } from './complaint.enums.js';
import { ComplaintRateSummaryType, type ComplaintCaseloadType, type ComplaintRankingType, type ComplaintRateType } from './complaint-figures.type.js';
import { monthEnd, monthStart, overdueSql, rateCountsSql, receivedMonthSql, villagesUnder } from './complaint-sql.js';
import { parallel } from '../../db/parallel.js';

const COUNT_KEYS: (keyof ComplaintRateCounts)[] = ['acceptanceDue', 'acceptedOnTime', 'replyDue', 'repliedOnTime', 'reached', 'resolved', 'satisfied'];

/** The unit a complaint's figures roll up to, from the complaint's own denormalised columns. */
function complaintUnitSql(breakdown: ComplaintBreakdown): string {
  if (breakdown === ComplaintBreakdown.VILLAGE) return 'c.village_id';
  if (breakdown === ComplaintBreakdown.TOWNSHIP) return 'c.township_id';
  return '?::int';
}

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
  const [underSql, underParams] = villagesUnder('v', scope, request.unitId);
  const key = complaintUnitSql(request.breakdown);
  const rows = await em.execute<Record<string, unknown>[]>(
    `select ${key} as unit_id, ${request.byMonth ? `to_char(${receivedMonthSql('c')}, 'YYYY-MM')` : 'null'} as month,
            count(*)::int as received, count(*) filter (where c.status <> '${ComplaintStatus.Closed}')::int as open,
            count(*) filter (where ${overdueSql('c')})::int as overdue, ${rateCountsSql('c')}
       from complaint c join org_unit v on v.id = c.village_id
      where ${underSql} and c.received_at >= ? and c.received_at < ?
      group by 1, 2 order by 1, 2`,
    [...(request.breakdown === ComplaintBreakdown.WHOLE ? [request.unitId] : []), ...underParams, monthStart(request.period.from), monthEnd(request.period.to)],
  );
  const summaries = rows.map((row) => summary(Number(row.unit_id), (row.month as string | null) ?? null, row));
  if (!summaries.length && request.breakdown === ComplaintBreakdown.WHOLE && !request.byMonth) return [summary(request.unitId, null, {})];
  return summaries;
}

function summary(orgUnitId: number, month: string | null, row: Record<string, unknown>): ComplaintRateSummaryType {
  const counts = countsOf(row);
  return Object.assign(new ComplaintRateSummaryType(), {
    orgUnitId, month, received: Number(row.received ?? 0), open: Number(row.open ?? 0), overdue: Number(row.overdue ?? 0), counts, rates: toRates(counts),
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
  const [underSql, underParams] = villagesUnder('v', scope, request.unitId);
  const perVillage = `
    with r as (
      select c.village_id, count(*)::int as received, ${rateCountsSql('c')}
        from complaint c join org_unit v on v.id = c.village_id
       where ${underSql} and c.received_at >= ? and c.received_at < ?
       group by c.village_id)`;
  const params = [...underParams, monthStart(request.period.from), monthEnd(request.period.to)];
  const [entries, [counts]] = await parallel(em, [
    () => em.execute<Record<string, unknown>[]>(
      `${perVillage}
       select * from (
         select r.village_id, r.received, r."${def.numerator}" as numerator, r."${def.denominator}" as denominator,
                round(r."${def.numerator}" * 100.0 / r."${def.denominator}", 2)::float8 as value,
                rank() over (order by r."${def.numerator}"::numeric / r."${def.denominator}" desc)::int as rank
           from r where r."${def.denominator}" >= ?) ranked
       order by rank ${request.bestFirst ? 'asc' : 'desc'}, denominator desc, village_id
       limit ?`,
      [...params, request.minCases, request.limit],
    ),
    () => em.execute<{ ranked: number; unranked: number }[]>(
      `${perVillage}
       select count(*) filter (where r."${def.denominator}" >= ?)::int as ranked,
              count(*) filter (where r."${def.denominator}" < ?)::int as unranked from r`,
      [...params, request.minCases, request.minCases],
    ),
  ]);
  return {
    key: request.key, minCases: request.minCases, rankedCount: counts.ranked, unrankedCount: counts.unranked,
    rule: `${describeComplaintRate(request.key, 'en')}; villages with fewer than ${request.minCases} cases in the denominator are not ranked`,
    entries: entries.map((row) => ({
      villageId: Number(row.village_id), rank: Number(row.rank), value: Number(row.value), numerator: Number(row.numerator),
      denominator: Number(row.denominator), received: Number(row.received),
    })),
  };
}

/**
 * Open, overdue and repeat cases per unit. Open and overdue are as of now, whenever received;
 * repeat cases are those received in the period from people with more than one complaint in scope.
 */
export async function complaintCaseload(
  em: EntityManager, scope: Scope, request: { unitId: number; period: Period; breakdown: ComplaintBreakdown; limit: number },
): Promise<ComplaintCaseloadType[]> {
  const [underSql, underParams] = villagesUnder('v', scope, request.unitId);
  const [scopeSql, scopeParams] = scope.sql('pv');
  const from = monthStart(request.period.from);
  const to = monthEnd(request.period.to);
  const inPeriod = 'c.received_at >= ? and c.received_at < ?';
  const rows = await em.execute<Record<string, unknown>[]>(
    `with repeaters as (
       select p.complainant_id from complaint p join org_unit pv on pv.id = p.village_id
        where p.complainant_id is not null and ${scopeSql} group by p.complainant_id having count(*) > 1)
     select ${complaintUnitSql(request.breakdown)} as unit_id,
            count(*) filter (where ${inPeriod})::int as received,
            count(*) filter (where c.status <> '${ComplaintStatus.Closed}')::int as open,
            count(*) filter (where ${overdueSql('c')})::int as overdue,
            count(*) filter (where r.complainant_id is not null and ${inPeriod})::int as repeat_cases,
            count(distinct c.complainant_id) filter (where r.complainant_id is not null and ${inPeriod})::int as repeat_complainants
       from complaint c join org_unit v on v.id = c.village_id left join repeaters r on r.complainant_id = c.complainant_id
      where ${underSql} and ((${inPeriod}) or c.status <> '${ComplaintStatus.Closed}')
      group by 1
     having count(*) filter (where ${overdueSql('c')}) > 0 or count(*) filter (where r.complainant_id is not null and ${inPeriod}) > 0
      order by overdue desc, repeat_cases desc, received desc, unit_id
      limit ?`,
    [
      ...scopeParams, ...(request.breakdown === ComplaintBreakdown.WHOLE ? [request.unitId] : []),
      from, to, from, to, from, to, ...underParams, from, to, from, to, request.limit,
    ],
  );
  return rows.map((row) => ({
    orgUnitId: Number(row.unit_id), received: Number(row.received), open: Number(row.open), overdue: Number(row.overdue),
    repeatCases: Number(row.repeat_cases), repeatComplainants: Number(row.repeat_complainants),
  }));
}
