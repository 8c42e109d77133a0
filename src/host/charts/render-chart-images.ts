import { buildCharts, type ChartSettings, type ChartWords } from '../../core/charts';
import type { ChartImage } from '../../core/charts';
import { formatMessage } from '../../core/diagnostics/format';
import type { Consolidation } from '../../core/model/consolidation';
import { chartSvg, type EChartsModule } from './chart-svg';
import { findCjkFont } from './cjk-font';

/** Pixels per CSS pixel of the pictures: sharp when printed at `CHART_SIZE`. */
export const CHART_IMAGE_SCALE = 2;

/** Chart pictures, and the notes saying which charts are missing and why. */
export interface RenderedCharts {
  readonly images: readonly ChartImage[];
  /**
   * In the catalogue's words: why a chart is missing (no indicator, fewer than 2 values, no
   * CJK font), then each drawn chart's note ("各乡镇工业总产值：另有 4 个乡镇未列出…").
   */
  readonly notes: readonly string[];
}

/** Where the renderer finds its CJK font; tests pass an empty list to see the fallback. */
export interface RenderChartOptions {
  readonly fontCandidates?: readonly string[];
}

/**
 * The township charts as PNG pictures, without a browser: ECharts' server-side SVG (its
 * prebuilt "common" bundle, which draws them the same as the full one and loads in 60% of
 * its time), then @resvg/resvg-js with a CJK font found on the machine (`findCjkFont`),
 * the pictures drawn in parallel off the main thread. Without a font there are no
 * pictures (Chinese labels would be blank boxes) and a note says so. ECharts and resvg
 * are loaded on first use, so runs without charts do not pay for them.
 *
 * @example
 * const { images } = await renderCharts(result.consolidation, {}, { area: '全县' });
 * images[0].title // "各乡镇工业总产值"
 */
export async function renderCharts(
  consolidation: Consolidation,
  settings: Partial<ChartSettings> = {},
  words: ChartWords = {},
  options: RenderChartOptions = {},
): Promise<RenderedCharts> {
  const set = buildCharts(consolidation, settings, words);
  if (set.charts.length === 0) return { images: [], notes: set.notes };
  const font = findCjkFont(options.fontCandidates);
  if (font === null)
    return { images: [], notes: [...set.notes, formatMessage('chart.font-missing')] };
  const [echarts, { renderAsync }] = await Promise.all([
    import('echarts/dist/echarts.common.min.js'),
    import('@resvg/resvg-js'),
  ]);
  // Each picture is drawn on libuv's thread pool: side by side on a machine's cores, while
  // the main thread goes on (the command line writes the other sheets meanwhile).
  const images = await Promise.all(
    set.charts.map(async (chart): Promise<ChartImage> => {
      const svg = chartSvg(echarts as unknown as EChartsModule, chart);
      const rendered = await renderAsync(svg, {
        fitTo: { mode: 'zoom', value: CHART_IMAGE_SCALE },
        font: { loadSystemFonts: false, fontFiles: [font] },
      });
      return {
        title: chart.title,
        png: new Uint8Array(rendered.asPng()),
        widthPx: rendered.width,
        heightPx: rendered.height,
      };
    }),
  );
  const chartNotes = set.charts.flatMap((chart) =>
    chart.note === null
      ? []
      : [formatMessage('chart.note.line', { title: chart.title, note: chart.note })],
  );
  return { images, notes: [...set.notes, ...chartNotes] };
}

/**
 * The township charts as PNG pictures (see `renderCharts`); none without a CJK font.
 *
 * @example
 * const images = await renderChartImages(result.consolidation, { topN: 10 });
 */
export async function renderChartImages(
  consolidation: Consolidation,
  settings: Partial<ChartSettings> = {},
  words: ChartWords = {},
): Promise<ChartImage[]> {
  return [...(await renderCharts(consolidation, settings, words)).images];
}
