import type { EntityManager } from '@mikro-orm/postgresql';
import { INDICATOR_KEYS, INDICATORS, type IndicatorDefinition } from '@township/shared';
import { query, sql } from '../../db/sql.js';
import type { Scope } from '../../graphql/scope.js';
import type { Period } from '../../graphql/period.js';
import { column, denominatorSql, indicatorValueSql, numeratorSql } from './indicator.sql.js';
import { IndicatorSummaryType, type IndicatorValueType, type StatisticTotalsType } from './statistics.type.js';

const FLOWS = [
  'births',
  'birthsMale',
  'birthsFemale',
  'birthsInPolicy',
  'deaths',
  'healthChecksDue',
  'healthChecksDone',
  'floatingIn',
  'floatingOut',
  'feeDue',
  'feeCollected',
  'incentivesPaid',
] as const;
const STOCKS = ['population', 'marriedWomen', 'contraceptionUsers'] as const;

export interface AggregateRequest {
  /** Units to roll up; each gets every village below it (inside the scope). */
  unitIds: readonly number[];
  period: Period;
  /** One row per unit and month instead of one per unit. */
  byMonth?: boolean;
}

/**
 * Sums village statistics under each unit and derives every indicator, all in one SQL statement
 * (GROUP BY unit[, month]). Only villages inside the viewer's scope are counted.
 */
export async function aggregateIndicators(em: EntityManager, scope: Scope, request: AggregateRequest): Promise<IndicatorSummaryType[]> {
  if (!request.unitIds.length) return [];
  const last = `${request.period.to}-01`;
  const monthSelect = request.byMonth ? sql`, to_char(s.month, 'YYYY-MM') as month` : sql.empty;
  const stock = (f: string) => (request.byMonth ? sql`sum(s.${sql.id(f)})` : sql`coalesce(sum(s.${sql.id(f)}) filter (where s.month = ${last}::date), 0)`);
  const indicatorColumns = INDICATOR_KEYS.map((key) => {
    const def = INDICATORS[key];
    return sql`${sql.raw(numeratorSql(def))} as ${sql.id(`n_${key}`)}, ${sql.raw(denominatorSql(def))} as ${sql.id(`d_${key}`)}, ${sql.raw(indicatorValueSql(key))} as ${sql.id(`v_${key}`)}`;
  });
  const byMonth = request.byMonth ? sql`, s.month` : sql.empty;
  const rows = await query(
    em,
    sql<Record<string, string | number | null>>`
    select t.id as unit_id${monthSelect}, count(distinct s.village_id) as villages_reporting,
           ${sql.join(FLOWS.map((f) => sql`sum(s.${sql.id(column(f))}) as ${sql.id(f)}`))},
           ${sql.join(STOCKS.map((f) => sql`${stock(column(f))} as ${sql.id(f)}`))},
           ${sql.join(indicatorColumns, ',\n           ')}
      from org_unit t
      join org_unit v on v.path like t.path || '%'
      join village_statistic s on s.village_id = v.id
     where t.id in (${sql.list(request.unitIds)})
       and s.month between ${`${request.period.from}-01`}::date and ${last}::date and ${sql.scoped(scope, 'v')}
     group by t.id${byMonth}
     order by t.id${byMonth}`,
  );
  return rows.map((row) => toSummary(row, request));
}

function toSummary(row: Record<string, string | number | null>, request: AggregateRequest): IndicatorSummaryType {
  const num = (key: string) => Number(row[key] ?? 0);
  const month = row.month as string | undefined;
  const totals = Object.fromEntries([...FLOWS, ...STOCKS].map((f) => [f, num(f)])) as unknown as StatisticTotalsType;
  const values: IndicatorValueType[] = INDICATOR_KEYS.map((key) => {
    const def = INDICATORS[key];
    const denominator = num(`d_${key}`);
    return {
      key,
      value: row[`v_${key}`] == null ? null : Number(row[`v_${key}`]),
      numerator: num(`n_${key}`),
      denominator,
      factor: def.factor,
      reliable: denominator >= def.minDenominator,
      unit: def.unit,
      formula: formula(def),
    };
  });
  return Object.assign(new IndicatorSummaryType(), {
    orgUnitId: Number(row.unit_id),
    from: month ?? request.period.from,
    to: month ?? request.period.to,
    villagesReporting: num('villages_reporting'),
    totals,
    values,
  });
}

function formula(def: IndicatorDefinition): string {
  const numerator = typeof def.numerator === 'string' ? def.numerator : `(${def.numerator.minus[0]} − ${def.numerator.minus[1]})`;
  const perMonth = def.stock ? ' summed over months (person-months)' : '';
  return `${numerator} / ${def.denominator}${perMonth} × ${def.factor}; flagged unreliable below ${def.minDenominator}`;
}

/** A summary with zero counts, for a unit without any report in the period. */
export function emptySummary(orgUnitId: number, period: Period): IndicatorSummaryType {
  const zero = Object.fromEntries(INDICATOR_KEYS.map((k) => [k, 0]));
  return toSummary(
    { unit_id: orgUnitId, villages_reporting: 0, ...Object.fromEntries(Object.keys(zero).map((k) => [`v_${k}`, null])) },
    { unitIds: [orgUnitId], period },
  );
}
