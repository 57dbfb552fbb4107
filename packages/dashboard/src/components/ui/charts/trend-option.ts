import { CHART_COLORS, CHART_GRID_LINE, CHART_TEXT, NORMAL_BAND, type ChartOption } from './echarts';

export interface TrendSeries {
  name: string;
  type: 'line' | 'bar';
  values: ReadonlyArray<number | null>;
  /** Per point; unreliable points are drawn hollow (line) or pale (bar). Omitted: all reliable. */
  reliable?: readonly boolean[];
  /** Bars with the same stack name pile up (boys on girls). */
  stack?: string;
  color?: string;
}

/** A month-by-month chart with axes: lines for rates, bars for counts, the normal band shaded. */
export function trendOption(input: {
  /** Category keys, usually months `YYYY-MM`. */
  labels: readonly string[];
  /** Axis text (short: "3月") and tooltip title (full: "2026年3月") for a label. */
  axisLabel?: (label: string) => string;
  tooltipLabel?: (label: string) => string;
  series: readonly TrendSeries[];
  normalRange?: readonly [number, number];
  formatValue: (value: number) => string;
  /** Leaves room for a legend when there are several series. */
  legend?: boolean;
}): ChartOption {
  const legend = input.legend ?? input.series.length > 1;
  return {
    animation: false,
    color: CHART_COLORS,
    grid: { left: 8, right: 12, top: legend ? 30 : 12, bottom: 4, containLabel: true },
    legend: legend ? { top: 0, left: 0, itemWidth: 14, itemHeight: 8, textStyle: { color: CHART_TEXT, fontSize: 12 } } : undefined,
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: unknown) => {
        const points = params as Array<{ axisValue: string; marker: string; seriesName: string; value: unknown }>;
        if (!points.length) return '';
        const title = (input.tooltipLabel ?? String)(points[0].axisValue);
        const rows = points.map(
          (p) => `${p.marker}${p.seriesName}<b style="float:right;margin-left:16px">${typeof p.value === 'number' ? input.formatValue(p.value) : '—'}</b>`,
        );
        return [title, ...rows].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: [...input.labels],
      axisTick: { alignWithLabel: true },
      axisLine: { lineStyle: { color: '#c9cdd4' } },
      axisLabel: { color: CHART_TEXT, fontSize: 11, hideOverlap: true, formatter: input.axisLabel },
    },
    yAxis: {
      type: 'value',
      scale: input.series.every((s) => s.type === 'line'),
      splitLine: { lineStyle: { color: CHART_GRID_LINE } },
      axisLabel: { color: CHART_TEXT, fontSize: 11 },
    },
    series: input.series.map((s, index) => {
      const color = s.color ?? CHART_COLORS[index % CHART_COLORS.length];
      const data = s.values.map((value, i) => {
        const reliable = s.reliable?.[i] ?? true;
        if (reliable) return { value: value ?? null };
        return s.type === 'line'
          ? { value: value ?? null, symbolSize: 6, itemStyle: { color: '#fff', borderColor: '#a0a6b0', borderWidth: 1.5 } }
          : { value: value ?? null, itemStyle: { color, opacity: 0.4 } };
      });
      return {
        name: s.name,
        type: s.type,
        stack: s.stack,
        data,
        itemStyle: { color },
        ...(s.type === 'line' ? { symbol: 'circle', symbolSize: 5, connectNulls: false, lineStyle: { width: 2 } } : { barMaxWidth: 18 }),
        markArea:
          index === 0 && input.normalRange
            ? { silent: true, itemStyle: { color: NORMAL_BAND }, data: [[{ yAxis: input.normalRange[0] }, { yAxis: input.normalRange[1] }]] }
            : undefined,
      };
    }),
  };
}
