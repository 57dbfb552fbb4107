import type { ChartOption } from './echarts';

/**
 * A trend without axes for a tile: the line shows the shape, and points from small counts are
 * drawn hollow and grey so a spike from two births is not read as a trend.
 */
export function sparklineOption(input: {
  labels: readonly string[];
  values: ReadonlyArray<number | null>;
  reliable: readonly boolean[];
  color: string;
  normalRange?: readonly [number, number];
  formatValue: (value: number) => string;
}): ChartOption {
  // A month with no neighbours draws no line: give it a dot, or sparse series (fees are due in
  // few months) would look empty.
  const isolated = (i: number) => input.values[i] != null && input.values[i - 1] == null && input.values[i + 1] == null;
  const data = input.values.map((value, i) => ({
    value: value ?? null,
    symbol: 'circle',
    symbolSize: input.reliable[i] ? (isolated(i) ? 4 : 0) : 4,
    itemStyle: input.reliable[i] ? undefined : { color: '#fff', borderColor: '#a0a6b0', borderWidth: 1 },
  }));
  return {
    animation: false,
    grid: { left: 2, right: 2, top: 4, bottom: 2 },
    xAxis: { type: 'category', data: [...input.labels], show: false, boundaryGap: false },
    yAxis: { type: 'value', show: false, scale: true },
    tooltip: {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'line', lineStyle: { color: '#c0c4cc' } },
      formatter: (params: unknown) => {
        const [point] = params as Array<{ axisValue: string; value: number | null }>;
        return `${point.axisValue}<br/><b>${point.value == null ? '—' : input.formatValue(point.value)}</b>`;
      },
    },
    series: [
      {
        type: 'line',
        data,
        showSymbol: true,
        connectNulls: false,
        lineStyle: { width: 1.5, color: input.color },
        areaStyle: { color: input.color, opacity: 0.08 },
        itemStyle: { color: input.color },
        markArea: input.normalRange
          ? { silent: true, itemStyle: { color: 'rgba(58, 143, 92, 0.10)' }, data: [[{ yAxis: input.normalRange[0] }, { yAxis: input.normalRange[1] }]] }
          : undefined,
      },
    ],
  };
}
