import { CHART_TEXT, type ChartOption } from './echarts';

export interface HeatmapInput {
  /** Row labels (units), top to bottom. */
  rows: readonly string[];
  /** Column labels (categories), left to right. */
  columns: readonly string[];
  /** value[row][column]: the figure the colour shows (e.g. per 10,000 people); null = none. */
  values: ReadonlyArray<ReadonlyArray<number | null>>;
  /** counts[row][column]: the raw count, shown beside the rate in the tooltip. */
  counts: ReadonlyArray<ReadonlyArray<number>>;
  formatValue: (value: number) => string;
  /** Tooltip line: "东一村 · 社会抚养费: 19.92 (2)". */
  describe: (row: string, column: string, value: string, count: number) => string;
}

/** A single-hue sequential scale (pale yellow to dark red): cold cells recede, hotspots stand out, no grey midpoint. */
export const HEAT_COLORS = ['#fff7ec', '#fee8c8', '#fdbb84', '#fc8d59', '#e34a33', '#b30000'];

/**
 * A unit × category heatmap. The colour scale is capped at the 95th percentile so one extreme
 * cell does not wash every other cell out; the cap is shown on the scale.
 */
export function heatmapOption(input: HeatmapInput): ChartOption {
  const data: [number, number, number | null, number][] = [];
  // ECharts draws category y axes bottom-up: reverse so the first row is at the top.
  const rows = [...input.rows].reverse();
  rows.forEach((_, y) => {
    const source = input.rows.length - 1 - y;
    input.columns.forEach((__, x) => data.push([x, y, input.values[source][x], input.counts[source][x]]));
  });
  const present = data
    .map((d) => d[2])
    .filter((v): v is number => v != null && v > 0)
    .sort((a, b) => a - b);
  const cap = present.length ? present[Math.min(present.length - 1, Math.floor(present.length * 0.95))] : 1;
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    tooltip: {
      confine: true,
      formatter: (p: { data: [number, number, number | null, number] }) => {
        const [x, y, value, count] = p.data;
        return input.describe(rows[y], input.columns[x], value == null ? '—' : input.formatValue(value), count);
      },
    },
    xAxis: {
      type: 'category',
      data: [...input.columns],
      position: 'top',
      splitArea: { show: true },
      axisTick: { show: false },
      axisLabel: { color: CHART_TEXT, fontSize: 11, interval: 0, rotate: input.columns.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'category', data: rows, splitArea: { show: true }, axisTick: { show: false }, axisLabel: { color: '#303540', fontSize: 12 } },
    visualMap: {
      // The rate (third value), not the count that rides along for the tooltip.
      dimension: 2,
      min: 0,
      max: Math.max(cap, 0.01),
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      inRange: { color: HEAT_COLORS },
      textStyle: { color: CHART_TEXT, fontSize: 11 },
      formatter: (value: number) => input.formatValue(value),
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: {
          show: input.columns.length * input.rows.length <= 160,
          fontSize: 10,
          color: '#1a1f29',
          formatter: (p: { data: [number, number, number | null] }) => (p.data[2] ? input.formatValue(p.data[2]) : ''),
        },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: '#1a1f29', borderWidth: 1 } },
      },
    ],
  };
}
