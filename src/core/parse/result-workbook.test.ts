import type { SheetGrid, WorkbookGrids } from '../grid/cell';
import { parseWorkbooks } from './parse-workbooks';
import { resultSummary, summaryTitleArea } from './result-workbook';
import { sheet } from '../../../test/helpers/sheet-grid';

function summary(title: string, current: number): SheetGrid {
  return sheet('汇总', [
    [title, null, null],
    ['指标名称', '计量单位', '本期'],
    ['工业总产值', '万元', current],
    ['\u3000其中：规模以上工业产值', '万元', current / 2],
  ]);
}
const others: SheetGrid[] = [
  sheet('分乡镇', [
    ['指标名称', '计量单位', '乡镇', '本期'],
    ['工业总产值', '万元', '甲镇', 1],
  ]),
  sheet('审核', [['级别', '规则', '工作表', '单元格']]),
  sheet('综述', [['1-6月，全县实现工业总产值…']]),
];
const result = (file: string, title: string, current: number, extra: Partial<WorkbookGrids> = {}) =>
  ({ file, sheets: [summary(title, current), ...others], ...extra }) satisfies WorkbookGrids;

describe('summaryTitleArea', () => {
  it.each([
    ['A县主要经济指标完成情况（1-6月）', 'A县'],
    ['全县主要经济指标完成情况（2025年1-6月）', '全县'],
    ['东城镇主要经济指标', null],
    [12, null],
  ])('%j -> %j', (text, area) => {
    expect(summaryTitleArea(text)).toBe(area);
  });
});

describe('resultSummary', () => {
  it('recognises our output sheets with our 汇总 title, and names the unit after the area', () => {
    const found = resultSummary(result('x.xlsx', 'A县主要经济指标完成情况（1-6月）', 1));
    expect(found?.grid.name).toBe('汇总');
    expect(found?.unitName).toBe('A县');
  });

  it('takes the marker’s area first, and the file name for an area word that names no place', () => {
    const marker = { area: 'B县', period: '1-6月', sources: [] };
    expect(
      resultSummary(result('x.xlsx', '全县主要经济指标完成情况（1-6月）', 1, { result: marker }))
        ?.unitName,
    ).toBe('B县');
    expect(
      resultSummary(result('dir/C县.xlsx', '全县主要经济指标完成情况（1-6月）', 1))?.unitName,
    ).toBe('C县');
  });

  it('reads a marked result even when a sheet was added, and nothing else', () => {
    const marker = { area: null, period: null, sources: [] };
    const marked: WorkbookGrids = {
      file: 'D县.xlsx',
      sheets: [summary('汇总', 1), sheet('备注', [['x']])],
      result: marker,
    };
    expect(resultSummary(marked)?.unitName).toBe('D县');
    // Without the marker, a workbook with a sheet of its own is not ours.
    expect(resultSummary({ file: 'D县.xlsx', sheets: marked.sheets })).toBeNull();
  });

  it('does not take a township workbook with a 汇总 sheet for a result', () => {
    expect(
      resultSummary({ file: 'a.xlsx', sheets: [summary('东城镇主要经济指标（1-6月）', 1)] }),
    ).toBeNull();
    // A township's own title reads like ours; alone, its 汇总 sheet is the township's.
    const township = summary('东城镇园区主要经济指标完成情况（2025年1-6月）', 1);
    expect(resultSummary({ file: '东城镇汇总.xlsx', sheets: [township] })).toBeNull();
    expect(
      resultSummary({
        file: '东城镇汇总.xlsx',
        sheets: [
          {
            ...township,
            rows: [township.rows[0] ?? [], ['填报单位：东城镇'], ...township.rows.slice(1)],
          },
          ...others,
        ],
      }),
    ).toBeNull();
    expect(
      resultSummary({
        file: 'a.xlsx',
        sheets: [summary('A县主要经济指标完成情况（1-6月）', 1), sheet('东城镇', [])],
      }),
    ).toBeNull();
  });
});

describe('parseWorkbooks on results', () => {
  it('reads only the 汇总 sheet of each result, as one township named after its area', () => {
    const { tables, issues } = parseWorkbooks([
      result('A县汇总结果.xlsx', 'A县主要经济指标完成情况（1-6月）', 300),
      result('B县汇总结果.xlsx', 'B县主要经济指标完成情况（1-6月）', 500),
    ]);
    expect(tables.map((t) => [t.unitName, t.role, t.sheet, t.rows[0]?.values.current])).toEqual([
      ['A县', 'township', '汇总', 300],
      ['B县', 'township', '汇总', 500],
    ]);
    expect(tables[0]?.rows.map((r) => r.key)).toEqual([
      '工业总产值',
      '工业总产值>规模以上工业产值',
    ]);
    expect(issues.map((i) => [i.code, i.level, i.location])).toEqual([
      ['parse.result-workbook', 'info', { file: 'A县汇总结果.xlsx', sheet: '汇总' }],
      ['parse.result-workbook', 'info', { file: 'B县汇总结果.xlsx', sheet: '汇总' }],
    ]);
  });

  it('checks a result without our marker given beside township sheets as their total', () => {
    const townships: WorkbookGrids = {
      file: '县域.xlsx',
      sheets: [
        sheet('甲镇', [
          ['指标名称', '计量单位', '本期'],
          ['工业总产值', '万元', 100],
        ]),
        sheet('乙镇', [
          ['指标名称', '计量单位', '本期'],
          ['工业总产值', '万元', 200],
        ]),
      ],
    };
    const unmarked = result('汇总结果.xlsx', 'A县主要经济指标完成情况（1-6月）', 300);
    const { tables, issues } = parseWorkbooks([townships, unmarked]);
    expect(tables.map((t) => [t.unitName, t.role])).toEqual([
      ['甲镇', 'township'],
      ['乙镇', 'township'],
      ['A县', 'total'],
    ]);
    expect(issues.map((i) => [i.code, i.level])).toEqual([['parse.result-as-total', 'verify']]);
    // With our marker the host has already dropped a result made from these townships:
    // one that is still here is a unit of its own.
    const marked = { ...unmarked, result: { area: 'A县', period: null, sources: ['x'] } };
    const withMarker = parseWorkbooks([townships, marked]);
    expect(withMarker.tables.map((t) => t.role)).toEqual(['township', 'township', 'township']);
    expect(withMarker.issues.map((i) => i.code)).toEqual(['parse.result-workbook']);
  });
});
