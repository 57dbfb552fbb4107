import { INDICATORS, type IndicatorKey } from '@township/shared';

/** One indicator figure as the API returns it (IndicatorValue), reduced to what display needs. */
export interface IndicatorReading {
  key: IndicatorKey;
  value: number | null | undefined;
  reliable: boolean;
}

/** A summary figure with what it was computed from (IndicatorValue's numerator and denominator). */
export interface IndicatorTileReading extends IndicatorReading {
  numerator: number;
  denominator: number;
}

/** An indicator month by month, aligned to month labels; `null` is a month without a value. */
export interface IndicatorTrend {
  labels: readonly string[];
  values: ReadonlyArray<number | null>;
  reliable: readonly boolean[];
}

/**
 * Marks a figure can carry. `smallCount`: the denominator is below the indicator's minimum, so
 * the figure is shown but should not be acted on. `belowNormal`/`aboveNormal`: outside the
 * indicator's normal band (only the sex ratio has one: 103–107).
 */
export type IndicatorFlag = 'noData' | 'smallCount' | 'belowNormal' | 'aboveNormal';

export function indicatorFlags(reading: IndicatorReading): IndicatorFlag[] {
  if (reading.value == null || Number.isNaN(reading.value)) return ['noData'];
  const flags: IndicatorFlag[] = [];
  if (!reading.reliable) flags.push('smallCount');
  const range = INDICATORS[reading.key].normalRange;
  if (range) {
    if (reading.value < range[0]) flags.push('belowNormal');
    else if (reading.value > range[1]) flags.push('aboveNormal');
  }
  return flags;
}

/**
 * How strongly to colour a figure. Out of range on a small count is only a caution: one birth
 * more or less can move a village's sex ratio across the band.
 */
export type IndicatorTone = 'normal' | 'muted' | 'warning' | 'danger';

export function indicatorTone(flags: readonly IndicatorFlag[]): IndicatorTone {
  if (flags.includes('noData')) return 'muted';
  const outOfRange = flags.includes('belowNormal') || flags.includes('aboveNormal');
  if (outOfRange) return flags.includes('smallCount') ? 'warning' : 'danger';
  return flags.includes('smallCount') ? 'muted' : 'normal';
}

/** Picks one indicator out of a summary's `values` list. */
export function readingOf<T extends { key: IndicatorKey }>(values: readonly T[] | null | undefined, key: IndicatorKey): T | undefined {
  return values?.find((v) => v.key === key);
}
