import type { Locale } from '@township/shared';

// Deadlines, review days and report times are China-time days, whatever the browser's zone.
const inChina = (date: Date) => new Date(date.getTime() + 8 * 3_600_000).toISOString();

/** Today in China, `YYYY-MM-DD`. */
export const chinaToday = (now = new Date()) => inChina(now).slice(0, 10);

/** This month in China, `YYYY-MM` (the bulletin's default month). */
export const chinaMonth = (now = new Date()) => inChina(now).slice(0, 7);

/** The day a date picker means by a Date (its local midnight), `YYYY-MM-DD`. */
export const pickedDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** A report's time as "2026-11-23 16:05" in China time. */
export function formatReportTime(iso: string): string {
  const local = inChina(new Date(iso));
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

/** A day written out as on an official notice: "2026年12月1日" / "1 December 2026". */
export function formatDay(day: string, locale: Locale): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  if (locale === 'zh-CN') return `${year}年${month}月${date}日`;
  return new Date(Date.UTC(year, month - 1, date)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
