import type { EntityManager } from '@mikro-orm/postgresql';
import { addMonths, monthsBetween, type ComplaintCategory, type OrgUnitKind } from '@township/shared';
import { query, sql, type Sql } from '../../db/sql.js';
import type { Period } from '../../graphql/period.js';
import type { Scope } from '../../graphql/scope.js';
import { ComplaintBreakdown } from './complaint.enums.js';
import type { ComplaintHotspotCellType, ComplaintHotspotsType } from './complaint-figures.type.js';
import { monthEnd, monthStart, receivedMonthSql, villagesUnder } from './complaint.sql.js';
import { VILLAGE_KIND_SQL } from '../org-units/index.js';

export interface HotspotRequest {
  unitId: number;
  period: Period;
  breakdown: ComplaintBreakdown;
  byCategory: boolean;
  byMonth: boolean;
  categories?: readonly ComplaintCategory[] | null;
  /** Only the cells of this many units, the hottest first (see the `topUnits` argument). */
  topUnits?: number | null;
}

/** The unit a village's figures roll up to, over an `org_unit` alias of villages. */
export function unitKeySql(breakdown: ComplaintBreakdown, v: string, unitId: number): Sql {
  if (breakdown === ComplaintBreakdown.VILLAGE) return sql.raw(`${v}.id`);
  if (breakdown === ComplaintBreakdown.TOWNSHIP) return sql.raw(`${v}.parent_id`);
  return sql`${unitId}::int`;
}

/**
 * Villages under the unit and in scope, with the unit they roll up to and that unit's population
 * (the rates are per it) and mean position. Carried on every village row (window sums, not a
 * grouped CTE joined back): the planner cannot misjudge a join that is not there, and with one it
 * rescanned the grouped units for every cell (0.2 s on the demo county).
 */
export function villageUnitsCte(scope: Scope, unitId: number, breakdown: ComplaintBreakdown): Sql {
  return sql`vs as (select v.id, v.unit_id, sum(v.population) over unit::int as population, avg(v.latitude) over unit as latitude, avg(v.longitude) over unit as longitude
              from (select v.id, ${unitKeySql(breakdown, 'v', unitId)} as unit_id, coalesce(v.population, 0) as population, v.latitude, v.longitude
                      from org_unit v where v.kind in (${sql.raw(VILLAGE_KIND_SQL)}) and ${villagesUnder('v', scope, unitId)}) v
            window unit as (partition by v.unit_id))`;
}

const date = (month: string) => `${month}-01`;

/**
 * Counts by unit × category × month in one statement: monthly counts once, then each cell sums
 * its own months, the previous period's (the month before, for monthly cells) and the same
 * period a year earlier, with rates per 10,000 people and changes computed in SQL. Each cell
 * carries its unit's identity from the same statement, and `topUnits` keeps the hottest units'
 * cells only, so a heatmap asks for its rows rather than a county's thousand cells.
 */
export async function complaintHotspots(em: EntityManager, scope: Scope, request: HotspotRequest): Promise<ComplaintHotspotsType> {
  const { from, to } = request.period;
  const length = monthsBetween(from, to);
  const previous = request.byMonth ? { from: addMonths(from, -1), to: addMonths(to, -1) } : { from: addMonths(from, -length), to: addMonths(from, -1) };
  const earliest = addMonths(from, -Math.max(request.byMonth ? 1 : length, 12));
  const categories = request.categories?.length ? request.categories : null;
  const buckets = request.byMonth
    ? sql`select m::date as cur_from, m::date as cur_to, (m - interval '1 month')::date as prev_from, (m - interval '1 month')::date as prev_to,
              (m - interval '12 months')::date as ly_from, (m - interval '12 months')::date as ly_to
         from generate_series(${date(from)}::date, ${date(to)}::date, interval '1 month') m`
    : sql`select ${date(from)}::date as cur_from, ${date(to)}::date as cur_to, ${date(previous.from)}::date as prev_from, ${date(previous.to)}::date as prev_to, ${date(addMonths(from, -12))}::date as ly_from, ${date(addMonths(to, -12))}::date as ly_to`;
  const statement = sql`
    with ${villageUnitsCte(scope, request.unitId, request.breakdown)},
    monthly as (
      select vs.unit_id, vs.population, vs.latitude, vs.longitude, ${sql.raw(request.byCategory ? 'c.category::text' : 'null::text')} as category,
             ${sql.raw(receivedMonthSql('c'))} as month, count(*)::int as n
        from complaint c join vs on vs.id = c.village_id
       where c.received_at >= ${monthStart(earliest)} and c.received_at < ${monthEnd(to)} ${categories ? sql`and c.category in (${sql.list(categories)})` : sql.empty}
       group by 1, 2, 3, 4, 5, 6),
    buckets as (${buckets}),
    cells as (
      select b.cur_from, m.unit_id, m.category, m.population, m.latitude, m.longitude,
             coalesce(sum(m.n) filter (where m.month between b.cur_from and b.cur_to), 0)::int as count,
             coalesce(sum(m.n) filter (where m.month between b.prev_from and b.prev_to), 0)::int as previous,
             coalesce(sum(m.n) filter (where m.month between b.ly_from and b.ly_to), 0)::int as last_year
        from buckets b join monthly m on m.month between least(b.prev_from, b.ly_from) and b.cur_to
       group by b.cur_from, m.unit_id, m.category, m.population, m.latitude, m.longitude),
    hot as (
      select cells.*,
             round(cells.count * 10000.0 / nullif(cells.population, 0), 2)::float8 as per10k,
             round(cells.previous * 10000.0 / nullif(cells.population, 0), 2)::float8 as previous_per10k
        from cells
       where cells.count > 0 or cells.previous > 0 or cells.last_year > 0)${
         request.topUnits
           ? sql`,
    -- The heatmap's rows: units by the per10k of their cells with complaints added up, ties by name.
    top as (
      select hot.unit_id from hot join org_unit ou on ou.id = hot.unit_id
       where hot.count > 0
       group by hot.unit_id, ou.name
       order by coalesce(sum(hot.per10k), 0) desc, ou.name, hot.unit_id
       limit ${request.topUnits})`
           : sql.empty
       }
    select to_char(hot.cur_from, 'YYYY-MM') as month, hot.unit_id, hot.category, hot.count, hot.previous, hot.last_year,
           hot.population, hot.latitude, hot.longitude, hot.per10k, hot.previous_per10k,
           round((hot.count - hot.previous)::numeric / nullif(hot.previous, 0), 4)::float8 as change_rate,
           round((hot.count - hot.last_year)::numeric / nullif(hot.last_year, 0), 4)::float8 as last_year_change_rate,
           ou.code, ou.name, ou.kind, ou.depth, ou.parent_id
      from hot join org_unit ou on ou.id = hot.unit_id ${request.topUnits ? sql`where hot.unit_id in (select unit_id from top)` : sql.empty}
     order by hot.cur_from, hot.per10k desc nulls last, hot.unit_id, hot.category`;
  const rows = await query(em, statement);
  return {
    from,
    to,
    breakdown: request.breakdown,
    previousFrom: previous.from,
    previousTo: previous.to,
    rule:
      'Complaints by the month received (China time). per10k = count × 10,000 / the profile population of the villages counted; ' +
      (request.byMonth
        ? 'each month is compared with the month before and the same month a year earlier.'
        : `the period is compared with the ${length} month(s) before it and with the same months a year earlier.`),
    cells: rows.map((row): ComplaintHotspotCellType => ({
      orgUnitId: Number(row.unit_id),
      orgUnit: {
        id: Number(row.unit_id),
        code: String(row.code),
        name: String(row.name),
        kind: row.kind as OrgUnitKind,
        depth: Number(row.depth),
        parent: row.parent_id == null ? null : { id: Number(row.parent_id) },
      },
      category: (row.category as ComplaintCategory | null) ?? null,
      month: request.byMonth ? String(row.month) : null,
      count: Number(row.count),
      previousCount: Number(row.previous),
      lastYearCount: Number(row.last_year),
      population: Number(row.population),
      per10k: row.per10k as number | null,
      previousPer10k: row.previous_per10k as number | null,
      changeRate: row.change_rate as number | null,
      lastYearChangeRate: row.last_year_change_rate as number | null,
      latitude: row.latitude as number | null,
      longitude: row.longitude as number | null,
    })),
  };
}
