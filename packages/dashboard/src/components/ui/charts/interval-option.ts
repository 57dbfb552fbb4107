import { CHART_COLORS, CHART_GRID_LINE, CHART_TEXT, type ChartOption } from './echarts';

export interface IntervalItem {
  name: string;
  /** Point estimate and interval bounds, all in the same unit (e.g. %). */
  value: number | null;
  low: number | null;
  high: number | null;
  /** Not rankable: drawn grey, so a wide interval from few answers is not read as a rank. */
  muted?: boolean;
  /** Extra tooltip line, e.g. "n = 40". */
  note?: string;
}

const MUTED = '#a8abb2';
// The interval's pale fill; a colour with alpha rather than item opacity, which would fade the label too.
const RANGE = 'rgba(31, 78, 140, 0.28)';
const MUTED_RANGE = 'rgba(168, 171, 178, 0.35)';

/**
 * Units side by side with their uncertainty: a pale bar spans the interval, a diamond marks the
 * estimate; best at the top. Built from stacked bars (an invisible one up to the lower bound) and
 * a symbol-only line, so no extra chart type is registered.
 */
export function intervalOption(input: { items: readonly IntervalItem[]; formatValue: (value: number) => string; min?: number; max?: number }): ChartOption {
  const sorted = [...input.items].sort((a, b) => {
    if (a.muted !== b.muted) return a.muted ? 1 : -1;
    return (b.value ?? -Infinity) - (a.value ?? -Infinity);
  });
  // ECharts draws category axes bottom-up; reverse so the first item is at the top.
  const rows = sorted.reverse();
  const lows = rows.map((r) => r.low).filter((v): v is number => v != null);
  const min = input.min ?? (lows.length ? Math.max(0, Math.floor(Math.min(...lows) / 5) * 5 - 5) : 0);
  const color = (r: IntervalItem) => (r.muted ? MUTED : CHART_COLORS[0]);
  return {
    animation: false,
    grid: { left: 8, right: 52, top: 8, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params: { dataIndex: number }[]) => {
        const r = rows[params[0]?.dataIndex ?? 0];
        if (!r || r.value == null) return r?.name ?? '';
        const range = r.low != null && r.high != null ? ` [${input.formatValue(r.low)}, ${input.formatValue(r.high)}]` : '';
        return `${r.name}<br/><b>${input.formatValue(r.value)}</b>${range}${r.note ? `<br/>${r.note}` : ''}`;
      },
    },
    xAxis: { type: 'value', min, max: input.max ?? 100, splitLine: { lineStyle: { color: CHART_GRID_LINE } }, axisLabel: { color: CHART_TEXT, fontSize: 11 } },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisTick: { show: false },
      axisLabel: { color: '#303540', fontSize: 12 },
    },
    series: [
      { type: 'bar', stack: 'interval', silent: true, barWidth: 10, itemStyle: { color: 'transparent' }, data: rows.map((r) => r.low) },
      {
        type: 'bar',
        stack: 'interval',
        barWidth: 10,
        data: rows.map((r) => ({
          value: r.low != null && r.high != null ? r.high - r.low : null,
          itemStyle: { color: r.muted ? MUTED_RANGE : RANGE, borderRadius: 5 },
        })),
        // The rate is written past the interval's upper end, where it never covers the bar.
        label: {
          show: true,
          position: 'right',
          distance: 6,
          color: CHART_TEXT,
          fontSize: 11,
          formatter: (p: { dataIndex: number }) => {
            const r = rows[p.dataIndex];
            return r?.value == null ? '—' : input.formatValue(r.value);
          },
        },
      },
      {
        type: 'line',
        lineStyle: { opacity: 0 },
        symbol: 'diamond',
        symbolSize: 11,
        data: rows.map((r) => ({ value: r.value, itemStyle: { color: color(r) } })),
      },
    ],
  };
}
