import { join } from 'node:path';
import { runPipeline } from '../../../src/core/pipeline';
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
