import { refusal, type Refusal } from './refusals.js';

/**
 * The official working-day calendar (国务院办公厅 节假日安排): public holidays that fall on weekdays,
 * and the weekend days worked instead (调休上班). Days are 'YYYY-MM-DD' in China's time.
 */
export const CalendarDayKind = { Holiday: 'HOLIDAY', Workday: 'WORKDAY' } as const;
export type CalendarDayKind = (typeof CalendarDayKind)[keyof typeof CalendarDayKind];

export interface CalendarDay {
  day: string;
  kind: CalendarDayKind;
  /** The holiday it belongs to, e.g. 春节. */
  name: string;
}

export interface WorkCalendar {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

/** No public holidays known: Monday to Friday are working days. */
export const WEEKDAYS_ONLY: WorkCalendar = { holidays: new Set(), workdays: new Set() };

export function workCalendar(days: readonly CalendarDay[]): WorkCalendar {
  const of = (kind: CalendarDayKind) => new Set(days.filter((d) => d.kind === kind).map((d) => d.day));
  return { holidays: of(CalendarDayKind.Holiday), workdays: of(CalendarDayKind.Workday) };
}

/** Saturday or Sunday, for a 'YYYY-MM-DD'. */
export const isWeekend = (day: string): boolean => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

export function isWorkingDay(day: string, calendar: WorkCalendar): boolean {
  if (calendar.workdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  return !isWeekend(day);
}

/**
 * Problems of a year's calendar as the office would type it, each with the index of the day at
 * fault: a day outside the year, a date given twice, a make-up working day that is not a weekend
 * day, an empty name. Holidays may include the weekend days of the break, as the notice lists them.
 */
export type CalendarProblemCode = 'NOT_A_DATE' | 'OUTSIDE_YEAR' | 'DUPLICATE' | 'WORKDAY_NOT_WEEKEND' | 'NO_NAME';
export interface CalendarProblem {
  index: number;
  field: 'day' | 'kind' | 'name';
  /** For the dashboard's own wording. */
  code: CalendarProblemCode;
  message: string;
  /** The same rule as the API refuses it (`extensions.reason` and `params`). */
  rule: Refusal;
}

export function calendarProblems(year: number, days: readonly CalendarDay[]): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  const seen = new Set<string>();
  days.forEach((d, index) => {
    if (
      !/^\d{4}-\d\d-\d\d$/.test(d.day) ||
      Number.isNaN(Date.parse(`${d.day}T00:00:00Z`)) ||
      new Date(`${d.day}T00:00:00Z`).toISOString().slice(0, 10) !== d.day
    ) {
      problems.push({ index, field: 'day', code: 'NOT_A_DATE', message: `${d.day} is not a date (YYYY-MM-DD)`, rule: refusal('invalidDate') });
      return;
    }
    if (!d.day.startsWith(`${year}-`))
      problems.push({
        index,
        field: 'day',
        code: 'OUTSIDE_YEAR',
        message: `${d.day} is not in ${year}`,
        rule: refusal('dayOutsideYear', { day: d.day, year }),
      });
    else if (seen.has(d.day))
      problems.push({ index, field: 'day', code: 'DUPLICATE', message: `${d.day} is listed twice`, rule: refusal('dayListedTwice', { day: d.day }) });
    else if (d.kind === CalendarDayKind.Workday && !isWeekend(d.day))
      problems.push({
        index,
        field: 'kind',
        code: 'WORKDAY_NOT_WEEKEND',
        message: `${d.day} is a weekday; only a Saturday or Sunday can be a make-up working day`,
        rule: refusal('workdayNotWeekend', { day: d.day }),
      });
    seen.add(d.day);
    if (!d.name.trim()) problems.push({ index, field: 'name', code: 'NO_NAME', message: 'name the holiday', rule: refusal('holidayUnnamed') });
  });
  return problems;
}
