import { INDICATORS, type IndicatorKey, type Locale } from '@township/shared';

const integerFormats = new Map<Locale, Intl.NumberFormat>();

/** 513000 → "513,000"; null → "—" (unknown is not zero). */
export function formatInteger(value: number | null | undefined, locale: Locale): string {
  if (value == null || Number.isNaN(value)) return '—';
  let format = integerFormats.get(locale);
  if (!format) integerFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })));
  return format.format(value);
}

/**
 * Decimals per unit, as the sources print them: rates 99.78% and 9.08‰, sex ratio 105.3
 * (boys per 100 girls; a second decimal would suggest a precision small counts do not have).
 */
const DECIMALS: Record<string, number> = { '%': 2, '‰': 2, ratio: 1 };

/** The figure alone, without unit: "99.78", "9.08", "105.3"; "—" when there is no value. */
export function formatIndicatorValue(key: IndicatorKey, value: number | null | undefined): string {
  if (value == null || Number.isNaN(value)) return '—';
  const decimals = DECIMALS[INDICATORS[key].unit] ?? 2;
  return value.toFixed(decimals);
}

/** The unit suffix shown after a figure: "%", "‰", or "" for the sex ratio (explained in its label). */
export function indicatorUnitSuffix(key: IndicatorKey): string {
  const unit = INDICATORS[key].unit;
  return unit === 'ratio' ? '' : unit;
}

/** "2025-12" → "2025年12月" / "Dec 2025". */
export function formatMonth(month: string, locale: Locale): string {
  const [year, m] = month.split('-').map(Number);
  if (!year || !m) return month;
  if (locale === 'zh-CN') return `${year}年${m}月`;
  return new Date(Date.UTC(year, m - 1, 1)).toLocaleDateString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Short axis label: "3月" / "Mar"; January carries the year so a 24-month axis stays readable. */
export function formatMonthShort(month: string, locale: Locale): string {
  const [year, m] = month.split('-').map(Number);
  if (!year || !m) return month;
  if (locale === 'zh-CN') return m === 1 ? `${year}年1月` : `${m}月`;
  const name = new Date(Date.UTC(year, m - 1, 1)).toLocaleDateString('en', { month: 'short', timeZone: 'UTC' });
  return m === 1 ? `${name} ${year}` : name;
}

/** "2026-11-23 16:05" in China time, whatever the browser's zone: the township works in it, and deadlines are China-time days. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const local = new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? formatDateTime(iso).slice(0, 10) : '—';
}

/** A day written out as on an official notice: "2026年12月1日" / "1 December 2026". */
export function formatLongDate(day: string, locale: Locale): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  if (locale === 'zh-CN') return `${year}年${month}月${date}日`;
  return new Date(Date.UTC(year, month - 1, date)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The day a date picker means by a Date (its local midnight), `YYYY-MM-DD`. */
export const pickedDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
