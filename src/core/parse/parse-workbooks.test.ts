import type { CellValue, SheetGrid, WorkbookGrids } from '../grid/cell';
import { parseWorkbooks } from './parse-workbooks';
import { fileBaseName, isGenericSheetName, isTotalSheetName } from './township-name';
import { sheet } from '../../../test/helpers/sheet-grid';

function township(name: string, meta: readonly CellValue[] = [], current = 100): SheetGrid {
  return sheet(name, [meta, ['指标名称', '计量单位', '本期'], ['工业总产值', '万元', current]]);
}

describe('isTotalSheetName', () => {
  it.each([
    '合计',
    '汇总',
    '总计',
    '全县',
    '全区',
    '全镇',
    '全市',
    '全园区',
    '全县合计',
    '全区汇总',
    '各镇合计',
    ' 合 计 ',
    '總計',
  ])('%j is a total', (name) => {
    expect(isTotalSheetName(name)).toBe(true);
  });
  it.each(['东城镇', '西城街道', 'Sheet1', '全', '区域'])('%j is not a total', (name) => {
    expect(isTotalSheetName(name)).toBe(false);
  });
});

describe('isGenericSheetName', () => {
  it.each([
    ['Sheet1', true],
    ['Sheet 2', true],
    ['sheet', true],
    ['工作表1', true],
    ['Sheet1 (2)', true],
    ['东城镇', false],
    ['Sheet1东城', false],
  ])('%j -> %s', (name, generic) => {
    expect(isGenericSheetName(name)).toBe(generic);
  });
});

describe('fileBaseName', () => {
  it.each([
    ['东城镇.xlsx', '东城镇'],
    ['data/2025/西城镇.XLSX', '西城镇'],
    ['C:\\报表\\南山镇.xlsm', '南山镇'],
    ['北河镇', '北河镇'],
  ])('%j -> %j', (file, base) => {
    expect(fileBaseName(file)).toBe(base);
  });
});

describe('parseWorkbooks', () => {
  it('names townships by sheet and marks reported totals', () => {
    const { tables, issues } = parseWorkbooks([
      {
        sheets: [
          township('东城镇'),
          township('西城镇'),
          township('全县合计'),
          sheet('说明', [['填表说明']]),
        ],
      },
    ]);
    expect(tables.map((t) => [t.unitName, t.role])).toEqual([
      ['东城镇', 'township'],
      ['西城镇', 'township'],
      ['全县合计', 'total'],
    ]);
    expect(issues.map((i) => [i.code, i.location.sheet])).toEqual([
      ['parse.total-sheet', '全县合计'],
      ['parse.no-header', '说明'],
    ]);
  });

  it('marks the sheets the user chooses as totals', () => {
    const { tables } = parseWorkbooks([{ sheets: [township('东城镇'), township('上报数')] }], {
      totalSheets: ['上报数'],
    });
    expect(tables.map((t) => t.role)).toEqual(['township', 'total']);
  });

  it('names one-sheet workbooks by 填报单位, else by file name', () => {
    const workbooks: WorkbookGrids[] = [
      { file: '01.xlsx', sheets: [township('Sheet1', ['填报单位：东城镇'])] },
      { file: '西城镇.xlsx', sheets: [township('主要指标')] },
      { file: 'dir/全县.xlsx', sheets: [township('Sheet1')] },
    ];
    const { tables, issues } = parseWorkbooks(workbooks);
    expect(tables.map((t) => [t.unitName, t.sheet, t.file, t.role])).toEqual([
      ['东城镇', 'Sheet1', '01.xlsx', 'township'],
      ['西城镇', '主要指标', '西城镇.xlsx', 'township'],
      ['全县', 'Sheet1', 'dir/全县.xlsx', 'total'],
    ]);
    expect(issues.map((i) => [i.code, i.params['name'] ?? null])).toEqual([
      ['parse.township-from-reporting-unit', '东城镇'],
      ['parse.township-from-file', '西城镇'],
      ['parse.township-from-file', '全县'],
      ['parse.total-sheet', null],
    ]);
  });

  it('keeps a total file a total when its 填报单位 line names the office', () => {
    // 合计.xlsx is signed 填报单位：县统计局: the file name says it holds the reported total.
    // A county's own 汇总 output fed up to the city (A县.xlsx, sheet 汇总) is a unit, not a total.
    const { tables } = parseWorkbooks([
      { file: 'in/东城镇.xlsx', sheets: [township('东城镇', ['填报单位：东城镇'])] },
      { file: 'in/合计.xlsx', sheets: [township('合计', ['填报单位：县统计局'])] },
      { file: 'in/A县.xlsx', sheets: [township('汇总')] },
    ]);
    expect(tables.map((t) => [t.unitName, t.role])).toEqual([
      ['东城镇', 'township'],
      ['县统计局', 'total'],
      ['A县', 'township'],
    ]);
  });

  it('keeps sheet names in a single workbook unless they are generic', () => {
    const { tables } = parseWorkbooks([
      {
        file: '汇报.xlsx',
        sheets: [township('东城镇', ['填报单位：东城']), township('Sheet2', ['填报单位：西城镇'])],
      },
    ]);
    expect(tables.map((t) => t.unitName)).toEqual(['东城镇', '西城镇']);
  });

  it('keeps township names unique', () => {
    const { tables, issues } = parseWorkbooks([
      { file: 'a.xlsx', sheets: [township('Sheet1', ['填报单位：东城镇'])] },
      { file: 'b.xlsx', sheets: [township('Sheet1', ['填报单位：东城镇'])] },
    ]);
    expect(tables.map((t) => t.unitName)).toEqual(['东城镇', '东城镇（2）']);
    expect(issues.filter((i) => i.code === 'parse.township-duplicate')).toEqual([
      {
        code: 'parse.township-duplicate',
        level: 'verify',
        location: { file: 'b.xlsx', sheet: 'Sheet1' },
        params: { name: '东城镇', renamed: '东城镇（2）' },
      },
    ]);
  });

  it('puts the file on every issue location', () => {
    const { issues } = parseWorkbooks([
      {
        file: 'a.xlsx',
        sheets: [
          sheet('东城镇', [
            ['指标名称', '本期'],
            ['产值', '#REF!'],
          ]),
        ],
      },
    ]);
    expect(issues.map((i) => i.location)).toEqual([
      { file: 'a.xlsx', sheet: '东城镇', cell: 'B2', indicator: '产值' },
    ]);
  });

  it('returns nothing for no workbooks', () => {
    expect(parseWorkbooks([])).toEqual({ tables: [], issues: [] });
  });
});
