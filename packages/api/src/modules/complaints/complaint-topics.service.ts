import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addMonths,
  ComplaintLevel,
  currentMonth,
  ComplaintStatus,
  perTenThousand,
  RISING_TOPIC_RULE,
  risingGrowth,
  type ComplaintCategory,
} from '@township/shared';
import { query, sql } from '../../db/sql.js';
import type { Scope } from '../../graphql/scope.js';
import type { ComplaintOverviewType, ComplaintTopicReportType, ComplaintTopicType } from './complaint-figures.type.js';
import { monthEnd, monthStart, overdueSql, villagesUnder } from './complaint.sql.js';
import { isVillage } from '../org-units/index.js';
import { parallel } from '../../db/parallel.js';

const RULE =
  `A category rises when it has at least ${RISING_TOPIC_RULE.minCount} complaints in the month and at least ${RISING_TOPIC_RULE.minIncrease} more than its baseline, ` +
  `the monthly mean of the ${RISING_TOPIC_RULE.baselineMonths} months before; growth = (count − baseline) / max(baseline, 1). The fastest-rising category is proposed as the topic.`;

/**
 * Each category's month against its baseline and a year earlier (one GROUP BY with FILTER), and
 * the units below that contributed most (one ranked GROUP BY): townships for a county, villages
 * otherwise.
 */
export async function complaintTopics(em: EntityManager, scope: Scope, unit: { id: number; depth: number }, month: string): Promise<ComplaintTopicReportType> {
  const under = villagesUnder('v', scope, unit.id);
  const baselineFrom = addMonths(month, -RISING_TOPIC_RULE.baselineMonths);
  const lastYear = addMonths(month, -12);
  const child = unit.depth === 0 ? sql`c.township_id` : sql`c.village_id`;
  const [counts, top, [population]] = await parallel(em, [
    () =>
      query(
        em,
        sql<{ category: ComplaintCategory; count: number; baseline_total: number; last_year: number }>`
      select c.category,
             count(*) filter (where c.received_at >= ${monthStart(month)})::int as count,
             count(*) filter (where c.received_at >= ${monthStart(baselineFrom)} and c.received_at < ${monthStart(month)})::int as baseline_total,
             count(*) filter (where c.received_at < ${monthEnd(lastYear)})::int as last_year
        from complaint c join org_unit v on v.id = c.village_id
       where ${under} and ((c.received_at >= ${monthStart(lastYear)} and c.received_at < ${monthEnd(lastYear)})
                        or (c.received_at >= ${monthStart(baselineFrom)} and c.received_at < ${monthEnd(month)}))
       group by c.category`,
      ),
    () =>
      query(
        em,
        sql<{ category: ComplaintCategory; unit_id: number; n: number }>`
      select category, unit_id, n from (
        select c.category, ${child} as unit_id, count(*)::int as n,
               row_number() over (partition by c.category order by count(*) desc, ${child}) as place
          from complaint c join org_unit v on v.id = c.village_id
         where ${under} and c.received_at >= ${monthStart(month)} and c.received_at < ${monthEnd(month)}
         group by c.category, ${child}) ranked
       where place <= 3 order by category, n desc`,
      ),
    () => query(em, sql<{ population: number }>`select coalesce(sum(v.population), 0)::int as population from org_unit v where ${isVillage('v')} and ${under}`),
  ]);
  const topics = counts
    .filter((row) => row.count + row.baseline_total + row.last_year > 0)
    .map((row): ComplaintTopicType => ({
      category: row.category,
      count: row.count,
      baselineTotal: row.baseline_total,
      lastYearCount: row.last_year,
      ...risingGrowth(row.count, row.baseline_total),
      per10k: perTenThousand(row.count, population.population),
      topUnits: top.filter((t) => t.category === row.category).map((t) => ({ orgUnitId: t.unit_id, count: t.n })),
    }))
    .sort((a, b) => Number(b.rising) - Number(a.rising) || (a.rising ? b.growth - a.growth : b.count - a.count) || a.category.localeCompare(b.category));
  return { month, baselineFrom, baselineTo: addMonths(month, -1), proposed: topics.find((t) => t.rising) ?? null, topics, rule: RULE };
}

/** The overview tile's counts in one statement, plus the topics of the last complete month. */
export async function complaintOverview(
  em: EntityManager,
  scope: Scope,
  unit: { id: number; depth: number },
  now = new Date(),
): Promise<ComplaintOverviewType> {
  const month = currentMonth(now);
  const yearStart = monthStart(`${month.slice(0, 4)}-01`);
  const lastMonth = monthStart(addMonths(month, -1));
  const [[row], topics] = await parallel(em, [
    () =>
      query(
        em,
        sql<{ open: number; overdue: number; this_month: number; last_month: number; above_county: number }>`
      select count(*) filter (where c.status <> ${ComplaintStatus.Closed})::int as open,
             count(*) filter (where ${sql.raw(overdueSql('c'))})::int as overdue,
             count(*) filter (where c.received_at >= ${monthStart(month)})::int as this_month,
             count(*) filter (where c.received_at >= ${lastMonth} and c.received_at < ${monthStart(month)})::int as last_month,
             count(*) filter (where c.level = ${ComplaintLevel.AboveCounty} and c.received_at >= ${yearStart})::int as above_county
        from complaint c join org_unit v on v.id = c.village_id
       where ${villagesUnder('v', scope, unit.id)} and (c.status <> ${ComplaintStatus.Closed} or c.received_at >= least(${lastMonth}::timestamptz, ${yearStart}::timestamptz))`,
      ),
    () => complaintTopics(em, scope, unit, addMonths(month, -1)),
  ]);
  return {
    month,
    open: row.open,
    overdue: row.overdue,
    receivedThisMonth: row.this_month,
    receivedLastMonth: row.last_month,
    aboveCountyThisYear: row.above_county,
    topics,
  };
}
