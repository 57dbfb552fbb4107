import { describe, expect, it } from 'vitest';
import { chinaMonth, chinaToday, formatDay, formatReportTime, pickedDay } from './action-item-format';

describe('action-item dates', () => {
  it('take today and this month in China time', () => {
    expect(chinaToday(new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-02');
    expect(chinaToday(new Date('2026-12-01T15:59:00Z'))).toBe('2026-12-01');
    expect(chinaMonth(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12');
  });
  it('read a picked day in the browser’s own calendar', () => {
    expect(pickedDay(new Date(2026, 11, 2))).toBe('2026-12-02');
  });
  it('show a report time in China time', () => {
    expect(formatReportTime('2026-11-23T08:05:00.000Z')).toBe('2026-11-23 16:05');
  });
  it('write a day as an official notice does', () => {
    expect(formatDay('2026-12-01', 'zh-CN')).toBe('2026年12月1日');
    expect(formatDay('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatDay('soon', 'en')).toBe('soon');
  });
});
