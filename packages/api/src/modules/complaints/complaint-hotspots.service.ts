import type { EntityManager } from '@mikro-orm/postgresql';
import { addMonths, monthsBetween, type ComplaintCategory } from '@township/shared';
import type { Period } from '../../graphql/period.js';
import type { Scope } from '../../graphql/scope.js';
import { ComplaintBreakdown } from './complaint.enums.js';
import type { ComplaintHotspotCellType, ComplaintHotspotsType } from './complaint-figures.type.js';
import { monthEnd, monthStart, placeholders, receivedMonthSql, VILLAGE_KIND_LIST, villagesUnder } from './complaint-sql.js';

export interface HotspotRequest {
  unitId: number;
  period: Period;
  breakdown: ComplaintBreakdown;
  byCategory: boolean;
  byMonth: boolean;
  categories?: readonly ComplaintCategory[] | null;
}

/** The unit a village's figures roll up to, over an `org_unit` alias of villages. */
export function unitKeySql(breakdown: ComplaintBreakdown, v: string): string {
  if (breakdown === ComplaintBreakdown.VILLAGE) return `${v}.id`;
  if (breakdown === ComplaintBreakdown.TOWNSHIP) return `${v}.parent_id`;
  return '?::int';
}

/** Villages under the unit and in scope, with the unit they roll up to and the population the rates are per. */
export function villageUnitsCte(scope: Scope, unitId: number, breakdown: ComplaintBreakdown): [string, unknown[]] {
  const [underSql, underParams] = villagesUnder('v', scope, unitId);
  const keyParams = breakdown === ComplaintBreakdown.WHOLE ? [unitId] : [];
  return [
    `vs as (select v.id, ${unitKeySql(breakdown, 'v')} as unit_id, coalesce(v.population, 0) as population, v.latitude, v.longitude
              from org_unit v where v.kind in (${VILLAGE_KIND_LIST}) and ${underSql}),
     units as (select unit_id, sum(population)::int as population, avg(latitude) as latitude, avg(longitude) as longitude from vs group by unit_id)`,
    [...keyParams, ...underParams],
  ];
}

const date = (month: string) => `${month}-01`;

/**
 * Counts by unit × category × month in one statement: monthly counts once, then each cell sums
 * its own months, the previous period's (the month before, for monthly cells) and the same
 * period a year earlier, with rates per 10,000 people and changes computed in SQL.
 */
export async function complaintHotspots(em: EntityManager, scope: Scope, request: HotspotRequest): Promise<ComplaintHotspotsType> {
  const { from, to } = request.period;
  const length = monthsBetween(from, to);
  const previous = request.byMonth ? { from: addMonths(from, -1), to: addMonths(to, -1) } : { from: addMonths(from, -length), to: addMonths(from, -1) };
  const earliest = addMonths(from, -Math.max(request.byMonth ? 1 : length, 12));
  const [unitsCte, unitsParams] = villageUnitsCte(scope, request.unitId, request.breakdown);
  const categories = request.categories?.length ? request.categories : null;
  const buckets = request.byMonth
    ? `select m::date as cur_from, m::date as cur_to, (m - interval '1 month')::date as prev_from, (m - interval '1 month')::date as prev_to,
              (m - interval '12 months')::date as ly_from, (m - interval '12 months')::date as ly_to
         from generate_series(?::date, ?::date, interval '1 month') m`
    : `select ?::date as cur_from, ?::date as cur_to, ?::date as prev_from, ?::date as prev_to, ?::date as ly_from, ?::date as ly_to`;
  const bucketParams = request.byMonth
    ? [date(from), date(to)]
    : [date(from), date(to), date(previous.from), date(previous.to), date(addMonths(from, -12)), date(addMonths(to, -12))];
  const sql = `
    with ${unitsCte},
    monthly as (
      select vs.unit_id, ${request.byCategory ? 'c.category::text' : 'null::text'} as category, ${receivedMonthSql('c')} as month, count(*)::int as n
        from complaint c join vs on vs.id = c.village_id
       where c.received_at >= ? and c.received_at < ? ${categories ? `and c.category in (${placeholders(categories)})` : ''}
       group by 1, 2, 3),
    buckets as (${buckets}),
    cells as (
      select b.cur_from, m.unit_id, m.category,
             coalesce(sum(m.n) filter (where m.month between b.cur_from and b.cur_to), 0)::int as count,
             coalesce(sum(m.n) filter (where m.month between b.prev_from and b.prev_to), 0)::int as previous,
             coalesce(sum(m.n) filter (where m.month between b.ly_from and b.ly_to), 0)::int as last_year
        from buckets b join monthly m on m.month between least(b.prev_from, b.ly_from) and b.cur_to
       group by b.cur_from, m.unit_id, m.category)
    select to_char(cells.cur_from, 'YYYY-MM') as month, cells.unit_id, cells.category, cells.count, cells.previous, cells.last_year,
           u.population, u.latitude, u.longitude,
           round(cells.count * 10000.0 / nullif(u.population, 0), 2)::float8 as per10k,
           round(cells.previous * 10000.0 / nullif(u.population, 0), 2)::float8 as previous_per10k,
           round((cells.count - cells.previous)::numeric / nullif(cells.previous, 0), 4)::float8 as change_rate,
           round((cells.count - cells.last_year)::numeric / nullif(cells.last_year, 0), 4)::float8 as last_year_change_rate
      from cells join units u on u.unit_id = cells.unit_id
     where cells.count > 0 or cells.previous > 0 or cells.last_year > 0
     order by cells.cur_from, per10k desc nulls last, cells.unit_id, cells.category`;
  const rows = await em.execute<Record<string, unknown>[]>(sql, [
    ...unitsParams, monthStart(earliest), monthEnd(to), ...(categories ?? []), ...bucketParams,
  ]);
  return {
    from, to, breakdown: request.breakdown, previousFrom: previous.from, previousTo: previous.to,
    rule: 'Complaints by the month received (China time). per10k = count × 10,000 / the profile population of the villages counted; ' +
      (request.byMonth ? 'each month is compared with the month before and the same month a year earlier.' : `the period is compared with the ${length} month(s) before it and with the same months a year earlier.`),
    cells: rows.map((row): ComplaintHotspotCellType => ({
      orgUnitId: Number(row.unit_id), category: (row.category as ComplaintCategory | null) ?? null, month: request.byMonth ? String(row.month) : null,
      count: Number(row.count), previousCount: Number(row.previous), lastYearCount: Number(row.last_year), population: Number(row.population),
      per10k: row.per10k as number | null, previousPer10k: row.previous_per10k as number | null, changeRate: row.change_rate as number | null,
      lastYearChangeRate: row.last_year_change_rate as number | null, latitude: row.latitude as number | null, longitude: row.longitude as number | null,
    })),
  };
}
