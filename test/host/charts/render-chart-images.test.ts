import { join } from 'node:path';
import * as fullEcharts from 'echarts';
import * as commonEcharts from 'echarts/dist/echarts.common.min.js';
import { buildCharts } from '../../../src/core/charts';
import { runPipeline } from '../../../src/core/pipeline';
import { chartSvg, type EChartsModule } from '../../../src/host/charts/chart-svg';
import { findCjkFont } from '../../../src/host/charts/cjk-font';
import { renderCharts, renderChartImages } from '../../../src/host/charts/render-chart-images';
import { readWorkbookFile } from '../../../src/host/xlsx/read-workbook-file';
import { darkPixels, decodePng } from '../../helpers/png';

const EXAMPLE = join(__dirname, '../../../examples/县域示例.xlsx');
const font = findCjkFont();

async function exampleConsolidation() {
  return runPipeline([await readWorkbookFile(EXAMPLE)]).consolidation;
}

(font === null ? describe.skip : describe)('renderChartImages (needs a CJK font)', () => {
  it('draws the three charts as PNGs with their Chinese title and labels', async () => {
    const images = await renderChartImages(await exampleConsolidation(), {}, { area: '全县' });
    expect(images.map((i) => i.title)).toEqual([
      '各乡镇工业总产值',
      '各乡镇工业总产值增速',
      '各乡镇工业总产值目标完成情况',
    ]);
    for (const image of images) {
      const png = decodePng(image.png);
      expect([png.width, png.height]).toEqual([image.widthPx, image.heightPx]);
      expect([png.width, png.height]).toEqual([1180, 680]);
      // The title, centred in the top band, is drawn in ink…
      const title = darkPixels(png, { left: 400, top: 10, right: 780, bottom: 60 });
      expect(title).toBeGreaterThan(300);
      // …and the township names below the axis too (not blank boxes from a missing font).
      const labels = darkPixels(png, { left: 100, top: 540, right: 1080, bottom: 680 });
      expect(labels).toBeGreaterThan(300);
      // The corners stay background.
      expect(darkPixels(png, { left: 0, top: 0, right: 60, bottom: 40 })).toBe(0);
    }
  });
});

describe('the ECharts bundle the command line loads', () => {
  it('draws every chart of the example exactly as the full bundle does', async () => {
    const { charts } = buildCharts(await exampleConsolidation(), {}, { area: '全县' });
    expect(charts).toHaveLength(3);
    // Class names carry a count of the instances each bundle made: numbered by first use.
    const classesInOrder = (svg: string) => {
      const names = new Map<string, string>();
      return svg.replace(/zr\d+-cls-\d+/g, (name) => {
        if (!names.has(name)) names.set(name, `cls${names.size}`);
        return names.get(name) ?? name;
      });
    };
    for (const chart of charts) {
      const common = classesInOrder(chartSvg(commonEcharts as unknown as EChartsModule, chart));
      const full = classesInOrder(chartSvg(fullEcharts as unknown as EChartsModule, chart));
      expect(common).toBe(full);
      expect(common).toContain('<svg');
    }
  });
});

if (font === null)
  console.log('renderChartImages: skipped, no CJK font installed (see docs/charts.md)');

describe('renderCharts without a CJK font', () => {
  it('makes no pictures and says why', async () => {
    const rendered = await renderCharts(
      await exampleConsolidation(),
      {},
      {},
      { fontCandidates: [] },
    );
    expect(rendered.images).toEqual([]);
    expect(rendered.notes.join('\n')).toContain('未找到中文字体，图表图片未生成');
  });
});
