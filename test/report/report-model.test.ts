import { textWidth } from '../../src/core/output/column-width';
import { buildByTownshipSheet, buildSummarySheet } from '../../src/core/output';
import { buildReportModel, TABLE_LINE_UNITS, type ReportTable } from '../../src/core/report';
import { SAMPLE_CONSOLIDATION, SAMPLE_PARAGRAPHS } from '../taskpane/fake-actions';

const words = { area: '全县', period: '上半年' };
const source = {
  words,
  paragraphs: SAMPLE_PARAGRAPHS,
  sheets: [
    buildSummarySheet(SAMPLE_CONSOLIDATION, words),
    buildByTownshipSheet(SAMPLE_CONSOLIDATION),
  ],
};

function tables(byTownship: boolean): ReportTable[] {
  return buildReportModel(source, { byTownship }).blocks.flatMap((block) =>
    block.kind === 'table' ? [block.table] : [],
  );
}

describe('buildReportModel: the Word report as plain data', () => {
  it('numbers its sections in order and leaves out the 分乡镇 tables unless asked', () => {
    const headings = (byTownship: boolean) =>
      buildReportModel(source, { byTownship }).blocks.flatMap((block) =>
        block.kind === 'heading' ? [`${block.level} ${block.text}`] : [],
      );
    expect(headings(false)).toEqual(['1 一、总体情况', '1 二、主要经济指标汇总']);
    expect(headings(true)).toEqual([
      '1 一、总体情况',
      '1 二、主要经济指标汇总',
      '1 三、分乡镇主要经济指标',
      `2 （一）${SAMPLE_CONSOLIDATION.townships.join('、')}`,
    ]);
  });

  it('merges the 分乡镇 header as the sheet does: labels over two rows, a township over four', () => {
    const byTownship = tables(true)[1];
    expect(byTownship?.caption).toBeNull();
    expect(byTownship?.header[0]?.map((cell) => [cell.text, cell.colSpan, cell.rowSpan])).toEqual([
      ['指标名称', 1, 2],
      ['计量单位', 1, 2],
      ...SAMPLE_CONSOLIDATION.townships.map((name) => [name, 4, 1]),
    ]);
    expect(byTownship?.header[1]).toHaveLength(4 * SAMPLE_CONSOLIDATION.townships.length);
  });

  it('sizes columns so figures never wrap, labels left, units centred, figures right', () => {
    for (const table of tables(true)) {
      expect(table.align.slice(0, 2)).toEqual(['left', 'center']);
      expect(new Set(table.align.slice(2))).toEqual(new Set(['right']));
      table.widths.slice(2).forEach((width, i) => {
        const widest = Math.max(...table.body.map((row) => textWidth(row[i + 2] ?? '')));
        expect(width).toBeGreaterThanOrEqual(widest);
      });
      expect(table.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TABLE_LINE_UNITS);
    }
  });
});
