import { describe, expect, it } from 'vitest';
import { indicatorFlags, indicatorTone, readingOf } from './indicator-display';

describe('indicator flags', () => {
  it('flags a missing value as no data and nothing else', () => {
    expect(indicatorFlags({ key: 'SEX_RATIO_AT_BIRTH', value: null, reliable: false })).toEqual(['noData']);
  });

  it('flags a sex ratio outside 103–107 as high or low', () => {
    expect(indicatorFlags({ key: 'SEX_RATIO_AT_BIRTH', value: 118.6, reliable: true })).toEqual(['aboveNormal']);
    expect(indicatorFlags({ key: 'SEX_RATIO_AT_BIRTH', value: 98, reliable: true })).toEqual(['belowNormal']);
    expect(indicatorFlags({ key: 'SEX_RATIO_AT_BIRTH', value: 105, reliable: true })).toEqual([]);
    expect(indicatorFlags({ key: 'SEX_RATIO_AT_BIRTH', value: 107, reliable: true })).toEqual([]);
  });

  it('never range-flags indicators without a normal band', () => {
    expect(indicatorFlags({ key: 'PLANNED_BIRTH_RATE', value: 40, reliable: true })).toEqual([]);
  });

  it('marks small counts, and an out-of-range small count only as a caution', () => {
    const flags = indicatorFlags({ key: 'SEX_RATIO_AT_BIRTH', value: 200, reliable: false });
    expect(flags).toEqual(['smallCount', 'aboveNormal']);
    expect(indicatorTone(flags)).toBe('warning');
    expect(indicatorTone(['aboveNormal'])).toBe('danger');
    expect(indicatorTone(['smallCount'])).toBe('muted');
    expect(indicatorTone([])).toBe('normal');
  });

  it('picks a reading out of a summary by key', () => {
    const values = [{ key: 'BIRTH_RATE' as const, value: 9.1, reliable: true }];
    expect(readingOf(values, 'BIRTH_RATE')?.value).toBe(9.1);
    expect(readingOf(values, 'HEALTH_CHECK_RATE')).toBeUndefined();
    expect(readingOf(null, 'BIRTH_RATE')).toBeUndefined();
  });
});
