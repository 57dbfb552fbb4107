import { calendarProblems, type CalendarDay, type CalendarProblem } from '@township/shared';

/** A row of the calendar editor; `day` is empty until a date is picked. */
export interface CalendarRow {
  day: string;
  kind: CalendarDay['kind'];
  name: string;
}

/** The rows in date order, with the first problem the API would refuse them for (null when none). */
export function checkCalendarRows(year: number, rows: readonly CalendarRow[]): { days: CalendarDay[]; problem: CalendarProblem | null } {
  const days = [...rows].sort((a, b) => a.day.localeCompare(b.day)).map((r) => ({ day: r.day, kind: r.kind, name: r.name.trim() }));
  return { days, problem: calendarProblems(year, days)[0] ?? null };
}

/** 周一…周日 / Mon…Sun index (0 = Sunday) of a 'YYYY-MM-DD'. */
export const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
