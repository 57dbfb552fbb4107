import { CHART_GRID_LINE, CHART_TEXT, type ChartOption } from './echarts';
import { HEAT_COLORS } from './heatmap-option';

export interface MapPoint {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  /** The colour: complaints per 10,000 people. */
  rate: number | null;
  /** The size: complaints. */
  count: number;
}

const MIN_SIZE = 5;
const MAX_SIZE = 28;

/** Circle areas in proportion to counts (diameter by the square root), so a double count looks double. */
export function symbolSize(count: number, maxCount: number): number {
  if (count <= 0 || maxCount <= 0) return MIN_SIZE;
  return Math.round((MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(count / maxCount)) * 10) / 10;
}

/**
 * Villages on plain latitude/longitude axes (no tile server is reachable): each a circle sized by
 * its complaints and coloured by complaints per 10,000 people. Axes are padded to the villages'
 * extent; the caller keeps the chart's aspect near the county's.
 */
export function villageMapOption(input: {
  points: readonly MapPoint[];
  formatRate: (value: number) => string;
  describe: (point: MapPoint, rate: string) => string;
}): ChartOption {
  const points = input.points.filter((p) => Number.isFinite(p.latitude) && Number.isFinite(p.longitude));
  const maxCount = Math.max(0, ...points.map((p) => p.count));
  const rates = points.map((p) => p.rate ?? 0).sort((a, b) => a - b);
  const cap = rates.length ? rates[Math.min(rates.length - 1, Math.floor(rates.length * 0.95))] : 1;
  const extent = (values: number[]) => {
    const min = Math.min(...values);
    const max = Math.max(...values);
    const pad = Math.max((max - min) * 0.04, 0.01);
    return { min: Math.floor((min - pad) * 100) / 100, max: Math.ceil((max + pad) * 100) / 100 };
  };
  const axis = (name: string, range: { min: number; max: number }) => ({
    type: 'value',
    name,
    nameTextStyle: { color: CHART_TEXT, fontSize: 11 },
    ...range,
    splitLine: { lineStyle: { color: CHART_GRID_LINE } },
    axisLabel: { color: CHART_TEXT, fontSize: 10, formatter: (v: number) => v.toFixed(2) },
  });
  return {
    animation: false,
    grid: { left: 8, right: 84, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      confine: true,
      formatter: (p: { data: { point: MapPoint } }) => input.describe(p.data.point, p.data.point.rate == null ? '—' : input.formatRate(p.data.point.rate)),
    },
    xAxis: axis('°E', points.length ? extent(points.map((p) => p.longitude)) : { min: 0, max: 1 }),
    yAxis: axis('°N', points.length ? extent(points.map((p) => p.latitude)) : { min: 0, max: 1 }),
    visualMap: {
      dimension: 2,
      min: 0,
      max: Math.max(cap, 0.01),
      calculable: true,
      orient: 'vertical',
      right: 0,
      top: 'middle',
      itemHeight: 160,
      inRange: { color: HEAT_COLORS.slice(1) },
      textStyle: { color: CHART_TEXT, fontSize: 11 },
      formatter: (v: number) => input.formatRate(v),
    },
    series: [
      {
        type: 'scatter',
        // Biggest first, so small villages stay visible on top of large neighbours.
        data: [...points]
          .sort((a, b) => b.count - a.count)
          .map((p) => ({
            value: [p.longitude, p.latitude, p.rate ?? 0],
            symbolSize: symbolSize(p.count, maxCount),
            point: p,
          })),
        itemStyle: { borderColor: 'rgba(26, 31, 41, 0.35)', borderWidth: 0.5, opacity: 0.9 },
        emphasis: { itemStyle: { borderColor: '#1a1f29', borderWidth: 1.5 } },
      },
    ],
  };
}
