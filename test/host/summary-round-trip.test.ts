import { consolidate } from '../../src/core/consolidate';
import type { Consolidation } from '../../src/core/model';
import { parseWorkbooks } from '../../src/core/parse';
import { pipelineWords, runPipeline } from '../../src/core/pipeline';
import { readWorkbook, writeWorkbook } from '../../src/host/xlsx';
import { townshipRows } from './xlsx-files';
import type { SheetGrid, WorkbookGrids } from '../../src/core/grid';

function grid(name: string, rows: SheetGrid['rows']): SheetGrid {
  return { name, rows };
}

const inputs: WorkbookGrids = {
  file: '县域.xlsx',
  sheets: [
    grid('东城镇', [
      ...townshipRows('东城镇', { output: [185000, 176000], sales: [135000, 128600], firms: 53 }),
    ]),
    grid('西城镇', [
      ...townshipRows('西城镇', { output: [115000, 104000], sales: [90000, 80000], firms: 20 }),
    ]),
  ],
};
// A richer sheet: 其中 rows, targets and an 亿元 indicator.
const richRows = (scale: number): SheetGrid['rows'] => [
  ['指标名称', '计量单位', '本期', '上年同期', '同比增长(%)', '全年目标', '完成目标(%)'],
  ['一、工业总产值', '万元', 185000 * scale, 176000 * scale, null, 400000 * scale, null],
  ['其中：规模以上工业产值', '万元', 150000 * scale, 140000 * scale, null, null, null],
  ['二、销售收入', '万元', 135000 * scale, 128600 * scale, null, null, null],
  ['招商引资到位资金', '亿元', 8 * scale, 6.96 * scale, null, null, null],
  ['入园企业数', '家', 53 * scale, null, null, null, null],
  ['其中：建成投产企业', '家', 33 * scale, null, null, null, null],
];
const rich: WorkbookGrids = {
  sheets: [grid('甲镇', richRows(1)), grid('乙镇', richRows(2))],
};

function figures(c: Consolidation): unknown[] {
  return c.indicators.map((i) => ({
    key: i.key,
    level: i.level,
    unit: i.unit?.symbol ?? null,
    current: i.current,
    previous: i.previous,
    target: i.target,
  }));
}

describe('the 汇总 sheet read back', () => {
  it.each([
    ['plain township sheets', inputs],
    ['sheets with 其中 rows, targets and 亿元', rich],
  ])('parses back as a statistics sheet with the same figures (%s)', async (_what, workbook) => {
    const result = runPipeline([workbook], { area: '全县', period: '上半年' });
    const summary = result.sheets.find((s) => s.kind === 'summary');
    expect(summary).toBeDefined();
    const bytes = await writeWorkbook(summary ? [summary] : []);
    const back = await readWorkbook(bytes, '汇总结果.xlsx');
    const parsed = parseWorkbooks([back]);
    // The 汇总 sheet is a total sheet by name: read it as a township to compare figures.
    expect(parsed.tables).toHaveLength(1);
    const table = parsed.tables[0];
    if (!table) throw new Error('no table');
    const again = consolidate([{ ...table, role: 'township' }]);
    expect(figures(again)).toEqual(figures(result.consolidation));
    expect(again.indicators.map((i) => i.growth.pct?.toFixed(1) ?? null)).toEqual(
      result.consolidation.indicators.map((i) => i.growth.pct?.toFixed(1) ?? null),
    );
  });
});

describe('runPipeline', () => {
  it('returns tables, consolidation, issues, findings and the four output sheets', () => {
    const result = runPipeline([inputs], {});
    expect(result.tables.map((t) => t.unitName)).toEqual(['东城镇', '西城镇']);
    expect(result.consolidation.townships).toEqual(['东城镇', '西城镇']);
    expect(result.sheets.map((s) => s.name)).toEqual(['汇总', '分乡镇', '审核', '综述']);
    expect(result.issues).toEqual(expect.arrayContaining([...result.consolidation.issues]));
  });

  it('titles with the options, else the inputs period, else the defaults', () => {
    const result = runPipeline([inputs], {});
    const period = result.consolidation.period?.label ?? '本期';
    expect(result.sheets[0]?.rows[0]?.[0]).toBe(`全县主要经济指标完成情况（${period}）`);
    const c = result.consolidation;
    expect(pipelineWords(c, { area: '园区', period: '上半年' })).toEqual({
      area: '园区',
      period: '上半年',
    });
    expect(pipelineWords({ ...c, period: null }, { area: ' ' })).toEqual({
      area: '全县',
      period: '本期',
    });
    expect(
      pipelineWords({ ...c, period: { label: '1-6月', year: 2025, months: 6 } }, {}).period,
    ).toBe('1-6月');
  });
});
