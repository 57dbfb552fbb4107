import { describe, expect, it } from 'vitest';
import { trendOption } from './trend-option';

type Option = {
  tooltip: { formatter: (params: unknown) => string };
  series: Array<{ data: Array<{ value: number | null; itemStyle?: { color?: string; opacity?: number } }>; markArea?: unknown }>;
  legend?: unknown;
};

describe('trendOption', () => {
  const option = trendOption({
    labels: ['2026-01', '2026-02'],
    series: [{ name: '出生率', type: 'line', values: [9.1, null], reliable: [true, false] }],
    normalRange: [103, 107],
    formatValue: (v) => `${v}‰`,
    tooltipLabel: (m) => `${m.slice(0, 4)}年${Number(m.slice(5))}月`,
  }) as Option;

  it('draws small-count points hollow and keeps missing months as gaps', () => {
    expect(option.series[0].data[0]).toEqual({ value: 9.1 });
    expect(option.series[0].data[1].value).toBeNull();
    expect(option.series[0].data[1].itemStyle?.color).toBe('#fff');
  });

  it('shades the normal band and leaves out the legend for a single series', () => {
    expect(option.series[0].markArea).toBeDefined();
    expect(option.legend).toBeUndefined();
  });

  it('titles the tooltip with the full month and formats values', () => {
    const html = option.tooltip.formatter([{ axisValue: '2026-02', marker: '', seriesName: '出生率', value: 9.1 }]);
    expect(html).toContain('2026年2月');
    expect(html).toContain('9.1‰');
  });
});
