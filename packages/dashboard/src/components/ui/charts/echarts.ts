// Register only what the dashboard draws: the full echarts bundle is ~770 kB, this is a fraction.
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import VChart from 'vue-echarts';

use([
  CanvasRenderer,
  BarChart,
  LineChart,
  HeatmapChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
]);

export { VChart };
export type { EChartsCoreOption as ChartOption } from 'echarts/core';

/** Colours shared by all charts, in series order. */
export const CHART_COLORS = ['#1f4e8c', '#d9822b', '#3a8f5c', '#8c5fb0', '#c0392b', '#2a9fb8', '#7a7f87'];
export const CHART_TEXT = '#6b7280';
export const CHART_GRID_LINE = '#eef0f3';
export const NORMAL_BAND = 'rgba(58, 143, 92, 0.09)';
