import { describe, expect, it } from 'vitest';
import { rankingOption } from './ranking-option';

const items = [
  { name: '甲', value: 101, reliable: true },
  { name: '乙', value: null, reliable: false },
  { name: '丙', value: 112, reliable: true, alert: true },
];

describe('rankingOption', () => {
  it('puts the best at the top and units without a value at the bottom', () => {
    const option = rankingOption({ items, formatValue: String }) as { yAxis: { data: string[] } };
    // Category axes draw bottom-up, so the top row is the last entry.
    expect(option.yAxis.data).toEqual(['乙', '甲', '丙']);
  });

  it('ranks ascending when lower is better', () => {
    const option = rankingOption({ items, higherIsBetter: false, formatValue: String }) as { yAxis: { data: string[] } };
    expect(option.yAxis.data).toEqual(['乙', '丙', '甲']);
  });
});
