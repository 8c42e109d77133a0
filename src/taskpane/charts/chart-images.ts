import {
  buildCharts,
  CHART_SIZE,
  type ChartImage,
  type ChartSettings,
  type ChartWords,
} from '../../core/charts';
import type { Consolidation } from '../../core/model/consolidation';
import { chartSvg, type EChartsModule } from '../../host/charts/chart-svg';
import { echarts } from './echarts-lite';

/** Pixels per CSS pixel of the pictures, as the command line draws them. */
const SCALE = 2;

/**
 * The township charts as PNG pictures in the browser (the page's and the pane's Word
 * export): ECharts' SVG, drawn on a canvas with the system's fonts, which have CJK glyphs
 * wherever the page shows Chinese. The same signature as the command line's
 * `renderChartImages`. Loaded on demand: `await import('…/chart-images')`.
 *
 * @example
 * const images = await renderChartImages(outcome.consolidation, {}, outcome.words);
 */
export async function renderChartImages(
  consolidation: Consolidation,
  settings: Partial<ChartSettings> = {},
  words: ChartWords = {},
): Promise<ChartImage[]> {
  const { charts } = buildCharts(consolidation, settings, words);
  const images: ChartImage[] = [];
  for (const chart of charts) {
    const svg = chartSvg(echarts as unknown as EChartsModule, chart);
    images.push({ title: chart.title, ...(await rasterise(svg)) });
  }
  return images;
}

async function rasterise(svg: string): Promise<Omit<ChartImage, 'title'>> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('SVG image failed to load'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = CHART_SIZE.width * SCALE;
    canvas.height = CHART_SIZE.height * SCALE;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b === null ? reject(new Error('toBlob failed')) : resolve(b)),
        'image/png',
      ),
    );
    return {
      png: new Uint8Array(await blob.arrayBuffer()),
      widthPx: canvas.width,
      heightPx: canvas.height,
    };
  } finally {
    URL.revokeObjectURL(url);
  }
}
