/** Periods are calendar months written `YYYY-MM`. */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
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
