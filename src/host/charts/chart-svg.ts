import { CHART_SIZE, echartsOption, type ChartData } from '../../core/charts';

/** The part of the ECharts module that server-side rendering uses (Node and the browser). */
export interface EChartsModule {
  init(
    dom: null,
    theme: null,
    options: { renderer: 'svg'; ssr: true; width: number; height: number },
  ): {
    setOption(option: object): void;
    renderToSVGString(): string;
    dispose(): void;
  };
}

/**
 * A chart as an SVG document, drawn by ECharts' server-side renderer (no DOM needed).
 *
 * @example
 * chartSvg(await import('echarts'), chart) // '<svg width="590" height="340" …'
 */
export function chartSvg(echarts: EChartsModule, chart: ChartData, fontFamily?: string): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, ...CHART_SIZE });
  try {
    instance.setOption(echartsOption(chart, fontFamily));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
