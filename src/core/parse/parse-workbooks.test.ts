import type { CellValue, SheetGrid, WorkbookGrids } from '../grid/cell';
import { formatIssue } from '../diagnostics/format';
import type { Issue } from '../diagnostics/issue';
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

  it('uses one of two reports of a township, with an error naming both', () => {
    const { tables, issues } = parseWorkbooks([
      { file: 'a.xlsx', sheets: [township('Sheet1', ['填报单位：东城镇'], 100)] },
      { file: 'b.xlsx', sheets: [township('Sheet1', ['填报单位：东城镇'], 200)] },
    ]);
    expect(tables.map((t) => [t.unitName, t.file])).toEqual([['东城镇', 'b.xlsx']]);
    const twice = issues.filter((i) => i.code === 'parse.township-twice');
    expect(twice).toEqual([
      {
        code: 'parse.township-twice',
        level: 'error',
        location: { file: 'a.xlsx', sheet: 'Sheet1' },
        params: {
          name: '东城镇',
          count: 2,
          sources: 'a.xlsx 和 b.xlsx',
          kept: 'b.xlsx',
          dropped: 'a.xlsx',
        },
      },
    ]);
    expect(formatIssue(twice[0] as Issue)).toBe(
      '东城镇有两份报表：a.xlsx 和 b.xlsx，汇总使用了 b.xlsx，a.xlsx 未计入，请确认',
    );
  });

  it('prefers the revised file of a township, whatever the order', () => {
    const revised = { file: '甲镇（修改后）.xlsx', sheets: [township('Sheet1', [], 300)] };
    const plain = { file: '甲镇.xlsx', sheets: [township('Sheet1', [], 100)] };
    const other = { file: '乙镇.xlsx', sheets: [township('Sheet1', [], 50)] };
    for (const order of [
      [revised, plain, other],
      [plain, revised, other],
    ]) {
      const { tables, issues } = parseWorkbooks(order);
      expect(tables.map((t) => [t.unitName, t.file, t.rows[0]?.values.current])).toEqual(
        expect.arrayContaining([
          ['甲镇', '甲镇（修改后）.xlsx', 300],
          ['乙镇', '乙镇.xlsx', 50],
        ]),
      );
      expect(tables).toHaveLength(2);
      const twice = issues.find((i) => i.code === 'parse.township-twice');
      expect(twice?.params).toMatchObject({ kept: '甲镇（修改后）.xlsx', dropped: '甲镇.xlsx' });
      expect(twice?.location).toEqual({ file: '甲镇.xlsx', sheet: 'Sheet1' });
    }
  });

  it('names the sheets of two reports of a township in one workbook', () => {
    const { tables, issues } = parseWorkbooks([
      {
        file: '县.xlsx',
        sheets: [
          township('甲镇', [], 100),
          township('乙镇', [], 50),
          township('Sheet3', ['填报单位：甲镇'], 120),
          township('甲镇 (2)', [], 130),
        ],
      },
    ]);
    expect(tables.map((t) => [t.unitName, t.sheet])).toEqual([
      ['乙镇', '乙镇'],
      ['甲镇', '甲镇 (2)'],
    ]);
    const twice = issues.filter(
      (i) => i.code === 'parse.township-twice' || i.code === 'parse.township-several',
    );
    expect(twice.map(formatIssue)).toEqual([
      '甲镇有3份报表：县.xlsx的工作表“甲镇”、县.xlsx的工作表“Sheet3” 和 县.xlsx的工作表“甲镇 (2)”，' +
        '汇总使用了 县.xlsx的工作表“甲镇 (2)”，县.xlsx的工作表“甲镇” 和 县.xlsx的工作表“Sheet3” 未计入，请确认',
    ]);
  });

  it('never counts two reported totals as townships and keeps them both', () => {
    const { tables, issues } = parseWorkbooks([
      { sheets: [township('甲镇'), township('合计'), township('合计 (2)')] },
    ]);
    expect(tables.map((t) => [t.unitName, t.role])).toEqual([
      ['甲镇', 'township'],
      ['合计', 'total'],
      ['合计 (2)', 'total'],
    ]);
    expect(issues.some((i) => i.code === 'parse.township-twice')).toBe(false);
  });

  it('skips hidden and very hidden sheets with a notice, unless asked to include them', () => {
    const workbook: WorkbookGrids = {
      file: '县.xlsx',
      sheets: [
        township('甲镇', [], 100),
        sheet('乙镇旧稿', township('x').rows, { hidden: 'hidden' }),
        sheet('丙乡', township('x').rows, { hidden: 'veryHidden' }),
      ],
    };
    const skipped = parseWorkbooks([workbook]);
    expect(skipped.tables.map((t) => t.unitName)).toEqual(['甲镇']);
    expect(skipped.issues.map((i) => [i.code, i.level, i.location])).toEqual([
      ['parse.hidden-sheet', 'info', { file: '县.xlsx', sheet: '乙镇旧稿' }],
      ['parse.very-hidden-sheet', 'info', { file: '县.xlsx', sheet: '丙乡' }],
    ]);
    expect(skipped.issues.map(formatIssue)).toEqual([
      '工作表“乙镇旧稿”是隐藏的（可能是旧稿），已跳过；如需汇总，请在任务窗格的工作表列表中勾选它，或在命令行加 --include-hidden',
      '工作表“丙乡”是深度隐藏的（可能是旧稿），已跳过；如需汇总，请在任务窗格的工作表列表中勾选它，或在命令行加 --include-hidden',
    ]);
    const included = parseWorkbooks([workbook], { includeHidden: true });
    expect(included.tables.map((t) => t.unitName)).toEqual(['甲镇', '乙镇旧稿', '丙乡']);
    expect(included.issues).toEqual([]);
  });

  it('names a one-workbook-per-township file by its visible sheet when a hidden draft is beside it', () => {
    const { tables } = parseWorkbooks([
      {
        file: '甲镇.xlsx',
        sheets: [
          sheet('旧稿', township('x').rows, { hidden: 'hidden' }),
          township('报表', ['填报单位：甲镇']),
        ],
      },
      { file: '乙镇.xlsx', sheets: [township('Sheet1')] },
    ]);
    expect(tables.map((t) => t.unitName)).toEqual(['甲镇', '乙镇']);
  });

  it('leaves out a township whose every value is blank, with a 核实 notice', () => {
    const blank = sheet('丙乡', [
      ['指标名称', '计量单位', '本期', '上年同期'],
      ['工业总产值', '万元', null, ''],
      ['入园企业数', '家', '—', null],
    ]);
    const { tables, issues } = parseWorkbooks([
      { sheets: [township('甲镇'), blank, township('乙镇')] },
    ]);
    expect(tables.map((t) => t.unitName)).toEqual(['甲镇', '乙镇']);
    const notice = issues.find((i) => i.code === 'parse.township-blank');
    expect(notice).toMatchObject({ level: 'verify', location: { sheet: '丙乡' } });
    expect(formatIssue(notice as Issue)).toBe(
      '丙乡的报表没有任何数据（全部为空），未参与汇总，请核实是否漏报',
    );
  });

  it('reads a township file named 汇总 but signed by the township as that township', () => {
    const { tables, issues } = parseWorkbooks([
      { file: '东城镇汇总.xlsx', sheets: [township('汇总', ['填报单位：东城镇'], 100)] },
      { file: '西城镇.xlsx', sheets: [township('Sheet1', ['填报单位：西城镇'], 50)] },
      { file: '合计.xlsx', sheets: [township('合计', ['填报单位：县统计局'], 150)] },
    ]);
    expect(tables.map((t) => [t.unitName, t.role])).toEqual([
      ['东城镇', 'township'],
      ['西城镇', 'township'],
      ['县统计局', 'total'],
    ]);
    expect(issues.find((i) => i.code === 'parse.sheet-of-reporting-unit')?.location).toEqual({
      file: '东城镇汇总.xlsx',
      sheet: '汇总',
    });
    // Alone, too: one workbook whose only sheet is 汇总, signed by a township.
    const alone = parseWorkbooks([
      { file: '东城镇汇总.xlsx', sheets: [township('汇总', ['填报单位：东城镇'])] },
    ]);
    expect(alone.tables.map((t) => [t.unitName, t.role])).toEqual([['东城镇', 'township']]);
    // A county workbook's 汇总 sheet copied from a township's keeps being the total.
    const county = parseWorkbooks([
      { sheets: [township('东城镇'), township('汇总', ['填报单位：东城镇'])] },
    ]);
    expect(county.tables.map((t) => t.role)).toEqual(['township', 'total']);
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
