import { describe, expect, it } from 'vitest';
import { heatmapOption } from './heatmap-option';
import { symbolSize, villageMapOption } from './village-map-option';

describe('heatmapOption', () => {
  const option = heatmapOption({
    rows: ['东镇', '西乡'],
    columns: ['抚养费', '其他'],
    values: [
      [16.64, null],
      [40, 20],
    ],
    counts: [
      [5, 0],
      [2, 1],
    ],
    formatValue: (v) => v.toFixed(1),
    describe: (row, column, value, count) => `${row}·${column}: ${value} (${count})`,
  }) as unknown as { yAxis: { data: string[] }; series: { data: unknown[][] }[]; tooltip: { formatter: (p: unknown) => string }; visualMap: { max: number } };

  it('puts the first row at the top and keeps each cell with its count', () => {
    expect(option.yAxis.data).toEqual(['西乡', '东镇']);
    expect(option.series[0].data).toContainEqual([0, 1, 16.64, 5]);
    expect(option.tooltip.formatter({ data: [0, 1, 16.64, 5] })).toBe('东镇·抚养费: 16.6 (5)');
    expect(option.tooltip.formatter({ data: [1, 1, null, 0] })).toBe('东镇·其他: — (0)');
  });

  it('caps the colour scale at the 95th percentile of the cells', () => {
    expect(option.visualMap.max).toBe(40);
  });
});

describe('villageMapOption', () => {
  it('sizes circles by the square root of counts and keeps unplaced villages off the map', () => {
    expect(symbolSize(0, 10)).toBe(5);
    expect(symbolSize(10, 10)).toBe(28);
    expect(symbolSize(2.5, 10)).toBe(16.5);
    const option = villageMapOption({
      points: [
        { id: '1', name: '甲', latitude: 35.7, longitude: 119.2, rate: 10, count: 4 },
        { id: '2', name: '乙', latitude: Number.NaN, longitude: 119.3, rate: 5, count: 9 },
        { id: '3', name: '丙', latitude: 35.8, longitude: 119.4, rate: 30, count: 1 },
      ],
      formatRate: String,
      describe: (p, rate) => `${p.name} ${rate}`,
    }) as unknown as { series: { data: { value: number[]; symbolSize: number }[] }[]; xAxis: { min: number; max: number } };
    expect(option.series[0].data.map((d) => d.value)).toEqual([
      [119.2, 35.7, 10],
      [119.4, 35.8, 30],
    ]);
    expect(option.series[0].data[0].symbolSize).toBe(28);
    expect(option.xAxis.min).toBeLessThan(119.2);
    expect(option.xAxis.max).toBeGreaterThan(119.4);
  });
});
