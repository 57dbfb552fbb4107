import { INDICATORS, type IndicatorDefinition, type IndicatorKey, type StatisticField } from '@township/shared';

/** camelCase statistic field → its snake_case column. */
export const column = (field: StatisticField) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** SQL for the numerator sum of an indicator over rows aliased `s`. */
export function numeratorSql(def: IndicatorDefinition, alias = 's'): string {
  return typeof def.numerator === 'string'
    ? `sum(${alias}.${column(def.numerator)})`
    : `sum(${alias}.${column(def.numerator.minus[0])} - ${alias}.${column(def.numerator.minus[1])})`;
}

export const denominatorSql = (def: IndicatorDefinition, alias = 's') => `sum(${alias}.${column(def.denominator)})`;

/**
 * The indicator's value over grouped rows, rounded to 2 decimals; null when the denominator is
 * zero. Mirrors `computeIndicator` in @township/shared.
 */
export function indicatorValueSql(key: IndicatorKey, alias = 's'): string {
  const def = INDICATORS[key];
  return `round((${numeratorSql(def, alias)}) * ${def.factor}.0 / nullif(${denominatorSql(def, alias)}, 0), 2)`;
}
