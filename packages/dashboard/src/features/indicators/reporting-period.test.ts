import { describe, expect, it } from 'vitest';
import { monthsOf, trendEndingAt, yearEndingAt } from './reporting-period';
import { trendOf } from './trend';

describe('reporting periods', () => {
  it('end at the latest month with data', () => {
    expect(yearEndingAt('2026-10')).toEqual({ from: '2025-11', to: '2026-10' });
    expect(trendEndingAt('2026-10')).toEqual({ from: '2024-11', to: '2026-10' });
  });

  it('list every month, across year ends', () => {
    expect(monthsOf({ from: '2025-11', to: '2026-02' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf(trendEndingAt('2026-10'))).toHaveLength(24);
  });
});

describe('trendOf', () => {
  it('aligns one indicator to the months, leaving gaps where a month is missing', () => {
    const series = [
      { from: '2026-01', values: [{ key: 'BIRTH_RATE' as const, value: 9.5, reliable: true }] },
      { from: '2026-03', values: [{ key: 'BIRTH_RATE' as const, value: 8.1, reliable: false }] },
    ];
    const trend = trendOf(series, 'BIRTH_RATE', ['2026-01', '2026-02', '2026-03'], (m) => m.slice(5));
    expect(trend).toEqual({ labels: ['01', '02', '03'], values: [9.5, null, 8.1], reliable: [true, false, false] });
  });
});
