import type { IndicatorValueType } from '../../statistics/index.js';

/** A figure as the dashboard prints it: two decimals at most, with its unit. */
export function fmt(value: number | null | undefined, unit: string | null = null): string {
  if (value == null) return '—';
  const n = Math.round(value * 100) / 100;
  return unit ? `${n}${unit}` : String(n);
}

/** The unit of an indicator as shown to people. */
export const indicatorUnit = (v: Pick<IndicatorValueType, 'unit'>) => (v.unit === 'ratio' ? '' : v.unit);

/** 'YYYY-MM' → 'YYYY年M月'. */
export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** A change of a figure in words: 上升/下降 with the unit (percentage points for % rates). */
export function changeText(delta: number, unit: string): string {
  if (Math.round(delta * 100) === 0) return '持平';
  const size = fmt(Math.abs(delta));
  const what = unit === '%' ? '个百分点' : unit === '‰' ? '个千分点' : '';
  return `${delta > 0 ? '上升' : '下降'} ${size}${what}`;
}
