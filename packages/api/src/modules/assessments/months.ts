/** `YYYY-MM` → first day; and the last day of a month, for date ranges. */
export const firstDay = (month: string) => `${month}-01`;
export function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
