import type { IndicatorKey } from '@township/shared';
import type { IndicatorTrend } from '@/components/ui/indicator-display';

/** One month of an indicatorSeries answer, reduced to what a trend needs. */
export interface SeriesPoint {
  from: string;
  values: ReadonlyArray<{ key: IndicatorKey; value?: number | null; reliable: boolean }>;
}

/**
 * One indicator's line through a series, aligned to `months` so a month missing from the answer
 * is a gap in the line rather than a shift of every later point.
 */
export function trendOf(series: readonly SeriesPoint[], key: IndicatorKey, months: readonly string[], formatLabel: (month: string) => string): IndicatorTrend {
  const byMonth = new Map(series.map((point) => [point.from, point.values.find((v) => v.key === key)]));
  return {
    labels: months.map(formatLabel),
    values: months.map((m) => byMonth.get(m)?.value ?? null),
    reliable: months.map((m) => byMonth.get(m)?.reliable ?? false),
  };
}
