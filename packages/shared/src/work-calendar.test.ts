import { describe, expect, it } from 'vitest';
import { dueAt } from './complaints.js';
import { calendarProblems, isWorkingDay, workCalendar, type CalendarDay } from './work-calendar.js';

/** 2026's Spring Festival as the State Council set it: 2-15…2-23 off, Saturdays 2-14 and 2-28 worked. */
const SPRING_FESTIVAL_2026: CalendarDay[] = [
  ...['16', '17', '18', '19', '20', '23'].map((d) => ({ day: `2026-02-${d}`, kind: 'HOLIDAY' as const, name: '春节' })),
  { day: '2026-02-14', kind: 'WORKDAY', name: '春节' },
  { day: '2026-02-28', kind: 'WORKDAY', name: '春节' },
];
const calendar = workCalendar(SPRING_FESTIVAL_2026);
const local = (text: string) => new Date(`${text}+08:00`);

describe('the working-day calendar', () => {
  it('takes holidays out of the week and puts make-up Saturdays in', () => {
    expect(isWorkingDay('2026-02-16', calendar)).toBe(false);
    expect(isWorkingDay('2026-02-14', calendar)).toBe(true);
    expect(isWorkingDay('2026-02-24', calendar)).toBe(true);
    expect(isWorkingDay('2026-02-22', calendar)).toBe(false);
  });

  it('counts time limits across the Spring Festival in working days', () => {
    // Received Friday 2-13: 1 working day is Saturday 2-14 (worked); 7 working days run 2-14, 2-24…2-27, 2-28, 3-2.
    expect(dueAt(local('2026-02-13T10:00:00'), { amount: 1, unit: 'WORKING_DAYS' }, calendar)).toEqual(local('2026-02-14T23:59:59.999'));
    expect(dueAt(local('2026-02-13T10:00:00'), { amount: 7, unit: 'WORKING_DAYS' }, calendar)).toEqual(local('2026-03-02T23:59:59.999'));
    // Without the calendar the same limit would have fallen in the middle of the holiday.
    expect(dueAt(local('2026-02-13T10:00:00'), { amount: 7, unit: 'WORKING_DAYS' })).toEqual(local('2026-02-24T23:59:59.999'));
  });

  it('names the day at fault in a year typed in by hand', () => {
    expect(
      calendarProblems(2026, [
        { day: '2026-02-16', kind: 'HOLIDAY', name: '春节' },
        { day: '2025-10-01', kind: 'HOLIDAY', name: '国庆节' },
        { day: '2026-02-16', kind: 'HOLIDAY', name: '春节' },
        { day: '2026-02-17', kind: 'WORKDAY', name: '春节' },
        { day: '2026-02-30', kind: 'HOLIDAY', name: '春节' },
        { day: '2026-05-04', kind: 'HOLIDAY', name: ' ' },
      ]),
    ).toEqual([
      {
        index: 1,
        field: 'day',
        code: 'OUTSIDE_YEAR',
        message: '2025-10-01 is not in 2026',
        rule: { reason: 'dayOutsideYear', params: { day: '2025-10-01', year: 2026 } },
      },
      { index: 2, field: 'day', code: 'DUPLICATE', message: '2026-02-16 is listed twice', rule: { reason: 'dayListedTwice', params: { day: '2026-02-16' } } },
      {
        index: 3,
        field: 'kind',
        code: 'WORKDAY_NOT_WEEKEND',
        message: '2026-02-17 is a weekday; only a Saturday or Sunday can be a make-up working day',
        rule: { reason: 'workdayNotWeekend', params: { day: '2026-02-17' } },
      },
      { index: 4, field: 'day', code: 'NOT_A_DATE', message: '2026-02-30 is not a date (YYYY-MM-DD)', rule: { reason: 'invalidDate' } },
      { index: 5, field: 'name', code: 'NO_NAME', message: 'name the holiday', rule: { reason: 'holidayUnnamed' } },
    ]);
  });
});
