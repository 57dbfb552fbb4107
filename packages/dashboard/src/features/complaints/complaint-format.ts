import type { Locale } from '@township/shared';

/** "2026-11-23 16:05" in China time, whatever the browser's zone: deadlines are China-time days. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const local = new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? formatDateTime(iso).slice(0, 10) : '—';
}

/** Complaints per 10,000 people: one decimal is as precise as such counts deserve. */
export function formatPer10k(value: number | null | undefined): string {
  return value == null ? '—' : value.toFixed(1);
}

/** A rate in percent with its unit; "—" without cases. */
export function formatPercent(value: number | null | undefined, locale: Locale): string {
  if (value == null) return '—';
  return `${value.toLocaleString(locale, { maximumFractionDigits: 1 })}%`;
}
