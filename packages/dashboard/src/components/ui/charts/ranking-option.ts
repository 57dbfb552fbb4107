import { CHART_COLORS, CHART_GRID_LINE, CHART_TEXT, NORMAL_BAND, type ChartOption } from './echarts';

export interface RankingItem {
  name: string;
  value: number | null;
  reliable: boolean;
  /** Highlight: outside the normal band. */
  alert?: boolean;
}

/**
 * Units side by side on one indicator, highest first (for rates the best; for the sex ratio the
 * most skewed), with out-of-band bars in red.
 * Units without a value keep their row (an empty bar) so none silently disappears.
 */
export function rankingOption(input: {
  items: readonly RankingItem[];
  higherIsBetter?: boolean;
  normalRange?: readonly [number, number];
  formatValue: (value: number) => string;
}): ChartOption {
  const sorted = [...input.items].sort((a, b) => {
    if (a.value == null) return 1;
    if (b.value == null) return -1;
    return input.higherIsBetter === false ? a.value - b.value : b.value - a.value;
  });
  // ECharts draws category axes bottom-up; reverse so the first item is at the top.
  const rows = sorted.reverse();
  return {
    animation: false,
    grid: { left: 8, right: 48, top: 8, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      valueFormatter: (value: unknown) => (typeof value === 'number' ? input.formatValue(value) : '—'),
    },
    xAxis: {
      type: 'value',
      scale: Boolean(input.normalRange),
      splitLine: { lineStyle: { color: CHART_GRID_LINE } },
      axisLabel: { color: CHART_TEXT, fontSize: 11 },
    },
    yAxis: { type: 'category', data: rows.map((r) => r.name), axisTick: { show: false }, axisLabel: { color: '#303540', fontSize: 12 } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 14,
        data: rows.map((r) => ({
          value: r.value,
          itemStyle: { color: r.alert ? '#c62828' : CHART_COLORS[0], opacity: r.reliable ? 1 : 0.4 },
        })),
        label: {
          show: true,
          position: 'right',
          color: CHART_TEXT,
          fontSize: 11,
          formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? input.formatValue(p.value) : '—'),
        },
        markArea: input.normalRange
          ? { silent: true, itemStyle: { color: NORMAL_BAND }, data: [[{ xAxis: input.normalRange[0] }, { xAxis: input.normalRange[1] }]] }
          : undefined,
      },
    ],
  };
}
