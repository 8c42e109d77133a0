export type { ChartImage } from './chart-image';
export type { ChartData, ChartKind, ChartReference, ChartSet } from './chart-data';
export {
  chartSettings,
  DEFAULT_CHART_SETTINGS,
  MAX_CHART_TOP_N,
  type ChartSettings,
  type ChartSort,
} from './chart-settings';
export { buildCharts, chartIndicator, type ChartWords } from './build-charts';
export { CHART_FONT_FAMILY, CHART_SIZE, echartsOption } from './echarts-option';
