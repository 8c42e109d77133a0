import { CHART_SIZE, echartsOption, type ChartData } from '../../core/charts';
import { echarts } from './echarts-lite';

/**
 * Draws the charts into `container` with ECharts (SVG), one under the other, replacing what
 * was there. Loaded on demand (a separate chunk). Returns a function that disposes them.
 *
 * @example
 * const dispose = drawCharts(element, buildCharts(consolidation).charts);
 */
export function drawCharts(container: HTMLElement, charts: readonly ChartData[]): () => void {
  container.replaceChildren();
  const instances = charts.map((chart) => {
    const box = document.createElement('div');
    box.setAttribute('role', 'img');
    box.setAttribute(
      'aria-label',
      chart.note === null ? chart.title : `${chart.title}（${chart.note}）`,
    );
    box.style.width = '100%';
    box.style.maxWidth = `${CHART_SIZE.width}px`;
    box.style.height = `${CHART_SIZE.height}px`;
    container.appendChild(box);
    const instance = echarts.init(box, null, { renderer: 'svg' });
    instance.setOption(echartsOption(chart));
    return instance;
  });
  return () => instances.forEach((instance) => instance.dispose());
}
