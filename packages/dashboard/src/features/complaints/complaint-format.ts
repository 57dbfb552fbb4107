import type { Locale } from '@township/shared';

/** Complaints per 10,000 people: one decimal is as precise as such counts deserve. */
export function formatPer10k(value: number | null | undefined): string {
  return value == null ? '—' : value.toFixed(1);
}

/** A rate in percent with its unit; "—" without cases. */
export function formatPercent(value: number | null | undefined, locale: Locale): string {
  if (value == null) return '—';
  return `${value.toLocaleString(locale, { maximumFractionDigits: 1 })}%`;
}
