import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatIndicatorValue,
  formatLongDate,
  pickedDay,
  formatInteger,
  formatMonth,
  formatMonthShort,
  indicatorUnitSuffix,
} from './format';

describe('formatting', () => {
  it('groups thousands and shows unknown as a dash, not zero', () => {
    expect(formatInteger(513000, 'zh-CN')).toBe('513,000');
    expect(formatInteger(null, 'en')).toBe('—');
    expect(formatInteger(0, 'en')).toBe('0');
  });

  it('prints indicator values with the decimals the sources use', () => {
    expect(formatIndicatorValue('PLANNED_BIRTH_RATE', 99.7812)).toBe('99.78');
    expect(formatIndicatorValue('BIRTH_RATE', 9.08)).toBe('9.08');
    expect(formatIndicatorValue('SEX_RATIO_AT_BIRTH', 105.26)).toBe('105.3');
    expect(formatIndicatorValue('SEX_RATIO_AT_BIRTH', null)).toBe('—');
  });

  it('puts % and ‰ after rates, nothing after the sex ratio', () => {
    expect(indicatorUnitSuffix('HEALTH_CHECK_RATE')).toBe('%');
    expect(indicatorUnitSuffix('NATURAL_GROWTH_RATE')).toBe('‰');
    expect(indicatorUnitSuffix('SEX_RATIO_AT_BIRTH')).toBe('');
  });

  it('names months in each language', () => {
    expect(formatMonth('2025-12', 'zh-CN')).toBe('2025年12月');
    expect(formatMonth('2025-12', 'en')).toBe('Dec 2025');
    expect(formatMonthShort('2026-01', 'zh-CN')).toBe('2026年1月');
    expect(formatMonthShort('2026-03', 'zh-CN')).toBe('3月');
    expect(formatMonthShort('2026-03', 'en')).toBe('Mar');
  });

  it('writes instants in China time whatever the browser’s zone', () => {
    expect(formatDateTime('2026-11-30T19:32:00.000Z')).toBe('2026-12-01 03:32');
    expect(formatDate('2026-11-30T19:32:00.000Z')).toBe('2026-12-01');
    expect(formatDateTime(null)).toBe('—');
  });

  it('writes a day as an official notice does, and reads a picked day as the user sees it', () => {
    expect(formatLongDate('2026-12-01', 'zh-CN')).toBe('2026年12月1日');
    expect(formatLongDate('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatLongDate('soon', 'en')).toBe('soon');
    expect(pickedDay(new Date(2026, 11, 2))).toBe('2026-12-02');
  });
});
