import { Resvg } from '@resvg/resvg-js';
import type { ChartImage } from '../../src/core/charts/chart-image';
import { buildReportModel } from '../../src/core/report';
import { buildSummarySheet } from '../../src/core/output/summary-sheet';
import { renderReportDocx } from '../../src/host/docx/render-report';
import { TEXT_WIDTH } from '../../src/host/docx/gbt9704';
import { readDocx } from '../helpers/docx-xml';
import type { Consolidation } from '../../src/core/model/consolidation';

/** A real PNG of `width` × `height` pixels: a bar drawn by resvg. */
function png(width: number, height: number): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#fff"/><rect x="10" y="10" width="${width / 2}" height="${height / 3}" fill="#c00"/></svg>`;
  return new Uint8Array(new Resvg(svg).render().asPng());
}

const EMU_PER_TWIP = 635;

describe('the Word report’s figures', () => {
  const words = { area: '园区', period: '上半年' };
  const empty = { indicators: [], townships: [] } as unknown as Consolidation;
  const source = {
    words,
    paragraphs: [{ text: '上半年，园区实现工业总产值18.5亿元。' }],
    sheets: [buildSummarySheet(empty, words)],
  };

  it('lays each chart image out with its caption below, scaled to the text width', async () => {
    const images: ChartImage[] = [
      { title: '各乡镇工业总产值', png: png(1600, 800), widthPx: 1600, heightPx: 800 },
      { title: '各乡镇增长速度', png: png(400, 300), widthPx: 400, heightPx: 300 },
    ];
    const model = buildReportModel(source, { chartTitles: images.map((i) => i.title) });
    const docx = await readDocx(await renderReportDocx(model, images));

    expect(docx.media).toHaveLength(2);
    expect(docx.paragraphs).toEqual([
      '园区上半年主要经济指标完成情况',
      '一、总体情况',
      '上半年，园区实现工业总产值18.5亿元。',
      '二、图表',
      '',
      '图1　各乡镇工业总产值',
      '',
      '图2　各乡镇增长速度',
    ]);
    const extents = [...docx.xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    // The wide chart fills the text width, keeping its shape; the small one keeps its size.
    const [wide, small] = extents;
    expect(wide?.[0]).toBeLessThanOrEqual(TEXT_WIDTH * EMU_PER_TWIP);
    expect(wide?.[0]).toBeGreaterThan(TEXT_WIDTH * EMU_PER_TWIP * 0.95);
    expect((wide?.[0] ?? 0) / (wide?.[1] ?? 1)).toBeCloseTo(2, 1);
    expect(small).toEqual([400 * 9525, 300 * 9525]);
  });

  it('has no 图表 section, and no table, when there is nothing to put there', async () => {
    const model = buildReportModel(source);
    expect(model.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
    const docx = await readDocx(await renderReportDocx(model, []));
    expect(docx.media).toHaveLength(0);
    expect(docx.tables).toHaveLength(0);
  });
});
