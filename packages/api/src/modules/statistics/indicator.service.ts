import type { EntityManager } from '@mikro-orm/postgresql';
import { INDICATOR_KEYS, INDICATORS, type IndicatorDefinition } from '@township/shared';
import type { Scope } from '../../graphql/scope.js';
import type { Period } from '../../graphql/period.js';
import { column, denominatorSql, indicatorValueSql, numeratorSql } from './indicator.sql.js';
import { IndicatorSummaryType, type IndicatorValueType, type StatisticTotalsType } from './statistics.type.js';

const FLOWS = ['births', 'birthsMale', 'birthsFemale', 'birthsInPolicy', 'deaths', 'healthChecksDue', 'healthChecksDone', 'floatingIn', 'floatingOut', 'feeDue', 'feeCollected', 'incentivesPaid'] as const;
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
  const [scopeSql, scopeParams] = scope.sql('v');
  const last = `${request.period.to}-01`;
  const monthSelect = request.byMonth ? `, to_char(s.month, 'YYYY-MM') as month` : '';
  const stock = (f: string) => (request.byMonth ? `sum(s.${f})` : `coalesce(sum(s.${f}) filter (where s.month = ?::date), 0)`);
  const stockParams = request.byMonth ? [] : STOCKS.map(() => last);
  const indicatorColumns = INDICATOR_KEYS.map((key) => {
    const def = INDICATORS[key];
    return `${numeratorSql(def)} as "n_${key}", ${denominatorSql(def)} as "d_${key}", ${indicatorValueSql(key)} as "v_${key}"`;
  });
  const sql = `
    select t.id as unit_id${monthSelect}, count(distinct s.village_id) as villages_reporting,
           ${FLOWS.map((f) => `sum(s.${column(f)}) as "${f}"`).join(', ')},
           ${STOCKS.map((f) => `${stock(column(f))} as "${f}"`).join(', ')},
           ${indicatorColumns.join(',\n           ')}
      from org_unit t
      join org_unit v on v.path like t.path || '%'
      join village_statistic s on s.village_id = v.id
     where t.id in (${request.unitIds.map(() => '?').join(', ')})
       and s.month between ?::date and ?::date and ${scopeSql}
     group by t.id${request.byMonth ? ', s.month' : ''}
     order by t.id${request.byMonth ? ', s.month' : ''}`;
  const rows = await em.execute<Record<string, string | number | null>[]>(sql, [
    ...stockParams, ...request.unitIds, `${request.period.from}-01`, last, ...scopeParams,
  ]);
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
      key, value: row[`v_${key}`] == null ? null : Number(row[`v_${key}`]), numerator: num(`n_${key}`), denominator,
      factor: def.factor, reliable: denominator >= def.minDenominator, unit: def.unit, formula: formula(def),
    };
  });
  return Object.assign(new IndicatorSummaryType(), {
    orgUnitId: Number(row.unit_id), from: month ?? request.period.from, to: month ?? request.period.to,
    villagesReporting: num('villages_reporting'), totals, values,
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
  return toSummary({ unit_id: orgUnitId, villages_reporting: 0, ...Object.fromEntries(Object.keys(zero).map((k) => [`v_${k}`, null])) }, { unitIds: [orgUnitId], period });
}
