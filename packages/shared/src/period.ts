/** Periods are calendar months written `YYYY-MM`. */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The years any date of this work can fall in: a year 0000 or 9999 is a typing slip, not a record. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

export const isYearInRange = (year: number) => year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;

export function isMonth(value: string): boolean {
  const match = MONTH.exec(value);
  return match !== null && isYearInRange(Number(match[1]));
}

/** A real calendar day written `YYYY-MM-DD` (no 2026-02-30), in the year range. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isYearInRange(Number(value.slice(0, 4)))) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** `2026-11` → `2026-11-01`, the date the database stores for a month. */
export function monthToDate(month: string): string {
  return `${month}-01`;
}

export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The day an instant falls on in China (UTC+8 all year), `YYYY-MM-DD`: deadlines and reports are China-time days; today by default. */
export function chinaDay(instant = new Date()): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The month it is now in China: the month complaints and meetings are counted in. */
export function currentMonth(now = new Date()): string {
  return chinaDay(now).slice(0, 7);
}

export function monthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Inclusive count of months from `from` to `to`. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}
