import { describe, expect, it } from 'vitest';
import { categoryTrend, formatChange, heatMatrix } from './hotspot-shape';
import { currentMonth } from '@township/shared';
import { monthsOf, periodEnding, defaultEndMonth } from './complaint-period';

const unit = (id: string, name: string) => ({ id, name });

describe('heatMatrix', () => {
  const cells = [
    { orgUnit: unit('1', '东一村'), category: 'MAINTENANCE_FEE' as const, count: 2, per10k: 19.92 },
    { orgUnit: unit('1', '东一村'), category: 'OTHER' as const, count: 1, per10k: 9.96 },
    { orgUnit: unit('3', '西一村'), category: 'OTHER' as const, count: 1, per10k: 40 },
    { orgUnit: unit('2', '东二村'), category: 'STAFF_CONDUCT' as const, count: 0, per10k: 0 },
  ];
  it('puts the hottest unit first and categories in a fixed order', () => {
    const matrix = heatMatrix(cells, 'zh-CN');
    expect(matrix.rows).toEqual(['西一村', '东一村']);
    expect(matrix.columns[4]).toBe('社会抚养费');
    expect(matrix.values[1][4]).toBe(19.92);
    expect(matrix.counts[1]).toEqual([0, 0, 0, 0, 2, 0, 0, 1]);
    expect(matrix.values[0][4]).toBeNull();
  });
  it('keeps only the hottest rows', () => {
    expect(heatMatrix(cells, 'en', 1).rowIds).toEqual(['3']);
  });
});

describe('categoryTrend', () => {
  it('zero-fills months and skips categories without complaints', () => {
    const months = ['2026-08', '2026-09', '2026-10'];
    expect(
      categoryTrend(
        [
          { month: '2026-10', category: 'OTHER', count: 3 },
          { month: '2026-08', category: 'MAINTENANCE_FEE', count: 1 },
          { month: '2025-01', category: 'OTHER', count: 9 },
        ],
        months,
      ),
    ).toEqual([
      { category: 'MAINTENANCE_FEE', values: [1, 0, 0] },
      { category: 'OTHER', values: [0, 0, 3] },
    ]);
  });
});

describe('periods and changes', () => {
  it('counts months in China time and ends the default period with the last complete month', () => {
    // 2026-11-30 20:00 UTC is already December 1st in China.
    expect(currentMonth(new Date('2026-11-30T20:00:00Z'))).toBe('2026-12');
    expect(defaultEndMonth(new Date('2026-11-23T08:00:00Z'))).toBe('2026-10');
    expect(monthsOf(periodEnding('2026-01', 3))).toEqual(['2025-11', '2025-12', '2026-01']);
  });
  it('formats changes with a sign', () => {
    expect([formatChange(1.2), formatChange(-0.35), formatChange(0), formatChange(null)]).toEqual(['+120%', '−35%', '±0%', '—']);
  });
});
