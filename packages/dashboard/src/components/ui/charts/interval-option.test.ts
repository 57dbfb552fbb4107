import { describe, expect, it } from 'vitest';
import { intervalOption } from './interval-option';

describe('intervalOption', () => {
  const option = intervalOption({
    items: [
      { name: '甲村', value: 90, low: 80, high: 95 },
      { name: '乙村', value: 97, low: 60, high: 99, muted: true },
      { name: '丙村', value: 95, low: 85, high: 98 },
    ],
    formatValue: (v) => `${v.toFixed(1)}%`,
  }) as { yAxis: { data: string[] }; xAxis: { min: number }; series: { data: unknown[] }[] };

  it('puts the best rankable unit at the top and muted ones last', () => {
    // Category axes run bottom-up, so the top row is the last element.
    expect(option.yAxis.data).toEqual(['乙村', '甲村', '丙村']);
  });

  it('stacks an invisible bar to the lower bound and the interval on it', () => {
    expect(option.series[0].data).toEqual([60, 80, 85]);
    expect((option.series[1].data as { value: number }[]).map((d) => d.value)).toEqual([39, 15, 13]);
    expect(option.xAxis.min).toBe(55);
  });
});
