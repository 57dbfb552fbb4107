import { describe, expect, it } from 'vitest';
import { sparklineOption } from './sparkline-option';

type Option = { series: Array<{ data: Array<{ value: number | null; symbolSize: number; itemStyle?: { color: string } }> }> };

describe('sparklineOption', () => {
  it('hides points on a reliable line but dots isolated months and small counts', () => {
    const option = sparklineOption({
      labels: ['1', '2', '3', '4', '5'],
      values: [10, 11, null, 12, null],
      reliable: [true, true, false, true, false],
      color: '#000',
      formatValue: String,
    }) as Option;
    const sizes = option.series[0].data.map((d) => d.symbolSize);
    expect(sizes).toEqual([0, 0, 4, 4, 4]);
    expect(option.series[0].data[2].itemStyle?.color).toBe('#fff');
  });
});
