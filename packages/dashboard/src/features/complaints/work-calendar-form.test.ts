import { describe, expect, it } from 'vitest';
import { checkCalendarRows, weekdayOf } from './work-calendar-form';

describe('the calendar editor', () => {
  it('sorts the rows by date and trims names', () => {
    const { days, problem } = checkCalendarRows(2027, [
      { day: '2027-02-08', kind: 'HOLIDAY', name: ' 春节 ' },
      { day: '2027-02-06', kind: 'HOLIDAY', name: '春节' },
    ]);
    expect(days.map((d) => d.day)).toEqual(['2027-02-06', '2027-02-08']);
    expect(days[1].name).toBe('春节');
    expect(problem).toBeNull();
  });

  it('names the first problem with its index in date order', () => {
    const { problem } = checkCalendarRows(2027, [
      { day: '2027-03-01', kind: 'WORKDAY', name: '春节' },
      { day: '', kind: 'HOLIDAY', name: '春节' },
    ]);
    expect(problem).toMatchObject({ index: 0, code: 'NOT_A_DATE' });
    expect(checkCalendarRows(2027, [{ day: '2027-03-01', kind: 'WORKDAY', name: '春节' }]).problem).toMatchObject({ index: 0, code: 'WORKDAY_NOT_WEEKEND' });
  });

  it('knows the weekday', () => {
    expect(weekdayOf('2026-11-23')).toBe(1);
  });
});
