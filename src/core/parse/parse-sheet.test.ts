import type { CellValue, SheetGrid } from '../grid/cell';
import type { Issue } from '../diagnostics/issue';
import { formatIssue } from '../diagnostics/format';
import { plainValues, type IndicatorRow } from '../model/table';
import { parseSheet } from './parse-sheet';
import { sheet } from '../../../test/helpers/sheet-grid';

const HEADER = [
  '指标名称',
  '计量单位',
  '本期',
  '上年同期',
  '同比增长(%)',
  '全年目标',
  '完成目标(%)',
];

/** The product's standard sheet (product.md), as a township fills it in. */
/** A row's values or cells as the plain record they read as (the parser's are views). */
function plain<T>(record: Readonly<Partial<Record<string, T>>> | undefined) {
  return record === undefined ? undefined : plainValues(record);
}

/** A row with plain values and cells, to compare whole. */
function plainRow(row: IndicatorRow | undefined) {
  return row === undefined
    ? undefined
    : { ...row, values: plain(row.values), cells: plain(row.cells) };
}

function standardSheet(name = '东城镇'): SheetGrid {
  return sheet(name, [
    ['东城镇园区主要经济指标完成情况（2025年1-6月）', null, null, null, null, null, null],
    ['填报单位：东城镇', null, null, null, null, '单位：万元'],
    HEADER,
    ['一、工业总产值', '万元', 185000, 176000, 5.1, 400000, 46.3],
    ['  其中：规模以上工业产值', '万元', 160000, 150000, 6.7, null, null],
    ['二、销售收入', '万元', 135000, 128600, 5.0, null, null],
    ['  其中：玻璃产品销售收入', '万元', 111500, null, null, null, null],
    ['三、利润总额', '万元', 9000, 8500, null, null, null],
    ['工商税收', '万元', 7500, 7042, null, null, null],
    ['招商引资到位资金', '亿元', 8, 6.96, null, null, null],
    ['企业员工总数', '人', 12000, null, null, null, null],
    ['入园企业数', '家', 53, null, null, null, null],
    ['  其中：建成投产企业', '家', 33, null, null, null, null],
    ['注：本表数据为快报数。', null, null, null, null, null, null],
  ]);
}

function rowsOf(grid: SheetGrid): readonly IndicatorRow[] {
  return parseSheet(grid).table?.rows ?? [];
}

function row(grid: SheetGrid, key: string): IndicatorRow | undefined {
  return rowsOf(grid).find((r) => r.key === key);
}

function codes(issues: readonly Issue[]): string[] {
  return issues.map((i) => i.code);
}

describe('parseSheet', () => {
  it('reads the standard sheet', () => {
    const { table, issues } = parseSheet(standardSheet());
    expect(issues).toEqual([]);
    expect(table).not.toBeNull();
    expect(table?.unitName).toBe('东城镇');
    expect(table?.role).toBe('township');
    expect(table?.title).toBe('东城镇园区主要经济指标完成情况（2025年1-6月）');
    expect(table?.period).toEqual({ label: '1-6月', year: 2025, months: 6 });
    expect(table?.defaultUnit?.symbol).toBe('万元');
    expect(table?.layout.headerRow).toBe(2);
    expect(table?.rows.map((r) => [r.key, r.level, r.parentKey])).toEqual([
      ['工业总产值', 0, null],
      ['工业总产值>规模以上工业产值', 1, '工业总产值'],
      ['销售收入', 0, null],
      ['销售收入>玻璃产品销售收入', 1, '销售收入'],
      ['利润总额', 0, null],
      ['工商税收', 0, null],
      ['招商引资到位资金', 0, null],
      ['企业员工总数', 0, null],
      ['入园企业数', 0, null],
      ['入园企业数>建成投产企业', 1, '入园企业数'],
    ]);
  });

  it('fills every field of an indicator row', () => {
    expect(plainRow(row(standardSheet(), '工业总产值'))).toEqual({
      key: '工业总产值',
      name: '工业总产值',
      label: '一、工业总产值',
      unit: { symbol: '万元', family: 'money', factor: 1e4, additive: true },
      unitText: null,
      level: 0,
      parentKey: null,
      nature: 'additive',
      values: { current: 185000, previous: 176000, growth: 5.1, target: 400000, completion: 46.3 },
      cells: { current: 'C4', previous: 'D4', growth: 'E4', target: 'F4', completion: 'G4' },
      labelCell: 'A4',
      row: 3,
      note: null,
    });
    expect(row(standardSheet(), '招商引资到位资金')?.unit?.symbol).toBe('亿元');
  });

  it('does not mutate the input grid', () => {
    const grid = standardSheet();
    const before = JSON.parse(JSON.stringify(grid)) as unknown;
    parseSheet(grid);
    expect(grid).toEqual(before);
  });

  it('finds the header under merged title rows and blank rows', () => {
    const grid = sheet('西城镇', [
      ['西城镇主要经济指标', null, null],
      [null, null, null],
      [],
      ['（2025年上半年）'],
      ['项目', '单位', '1-6月', '去年同期', '增幅'],
      ['工业总产值', '万元', 100, 80, 25],
    ]);
    const { table } = parseSheet(grid);
    expect(table?.layout.headerRow).toBe(4);
    expect(table?.period).toEqual({ label: '上半年', year: 2025, months: 6 });
    expect(plain(table?.rows[0]?.values)).toEqual({ current: 100, previous: 80, growth: 25 });
  });

  it('takes the period from the 本期 header when the title has none', () => {
    const grid = sheet('x', [
      ['经济指标（2025年）'],
      ['指标', '单位', '1-9月', '上年同期'],
      ['产值', '万元', 1, 2],
    ]);
    expect(parseSheet(grid).table?.period).toEqual({ label: '1-9月', year: 2025, months: 9 });
  });

  it('reports a sheet without a header and skips it', () => {
    const grid = sheet('说明', [['本工作簿说明'], ['请按要求填报']]);
    const result = parseSheet(grid);
    expect(result.table).toBeNull();
    expect(result.issues).toEqual([
      { code: 'parse.no-header', level: 'info', location: { sheet: '说明' }, params: {} },
    ]);
  });

  it('skips the 分乡镇 output sheet (a value column repeated)', () => {
    const grid = sheet('分乡镇', [
      ['各乡镇主要指标'],
      ['指标名称', '计量单位', '本期', '同比增长(%)', '本期', '同比增长(%)'],
      ['工业总产值', '万元', 1, 2, 3, 4],
    ]);
    const result = parseSheet(grid);
    expect(result.table).toBeNull();
    expect(result.issues).toHaveLength(1);
    // Its four figures are not counted: a 核实, not a mere 提示 (issue 12).
    expect(result.issues[0]).toMatchObject({
      code: 'parse.header-duplicate-column-figures',
      level: 'verify',
      params: { row: 2, column: '本期', count: 4 },
    });
    const text = result.issues[0] && formatIssue(result.issues[0]);
    expect(text).toContain('第2行');
    expect(text).toContain('4 个数字未计入汇总');
  });

  it('skips a sheet naming a column twice with only a 提示 when it holds no figures', () => {
    const grid = sheet('模板', [
      ['指标名称', '计量单位', '本期', '本期'],
      ['工业总产值', '万元', null, null],
    ]);
    expect(parseSheet(grid).issues).toEqual([
      expect.objectContaining({ code: 'parse.header-duplicate-column', level: 'info' }),
    ]);
  });

  it('reports a header without indicator rows as a 核实 naming the header row', () => {
    const result = parseSheet(sheet('x', [['标题'], HEADER, [], ['注：无数据']]));
    expect(result.table).toBeNull();
    expect(codes(result.issues)).toEqual(['parse.no-indicator-rows']);
    expect(result.issues[0]?.level).toBe('verify');
    expect(formatIssue(result.issues[0] as Issue)).toBe(
      '工作表“x”第2行是表头，但表头下面没有填了数据的指标行，没有可汇总的数字，已跳过',
    );
  });

  describe('meta lines', () => {
    it('reads 填报单位 and 单位 from one cell', () => {
      const grid = sheet('Sheet1', [
        ['主要经济指标'],
        ['填报单位：南山镇（盖章）      单位：亿元'],
        ['指标名称', '本期'],
        ['工业总产值', 1.5],
      ]);
      const { table } = parseSheet(grid);
      expect(table?.unitName).toBe('南山镇');
      expect(table?.defaultUnit?.symbol).toBe('亿元');
      expect(table?.rows[0]?.unit?.symbol).toBe('亿元');
    });

    it('reads 填报单位 whose value is in the next cell', () => {
      const grid = sheet('Sheet1', [
        ['填报单位：', '北河镇', null, '计量单位：万元'],
        ['指标名称', '本期'],
        ['产值', 1],
      ]);
      const { table } = parseSheet(grid);
      expect(table?.unitName).toBe('北河镇');
      expect(table?.defaultUnit?.symbol).toBe('万元');
    });

    it('does not take the filing date as the period', () => {
      const grid = sheet('x', [
        ['填报日期：2025年7月5日'],
        ['指标名称', '1-6月', '上年同期'],
        ['产值', 1, 2],
      ]);
      expect(parseSheet(grid).table?.period).toEqual({ label: '1-6月', year: null, months: 6 });
    });
  });

  describe('units', () => {
    it.each<[CellValue, string, string | null]>([
      ['万元', '工业总产值', '万元'],
      [null, '工业总产值（亿元）', '亿元'],
      [null, '工业总产值', '千元'],
      ['—', '工业总产值', '千元'],
      ['家', '企业数（个）', '家'],
    ])('unit column %j, label %j -> %j', (unitCell, label, symbol) => {
      const grid = sheet('x', [
        ['单位：千元'],
        ['指标名称', '计量单位', '本期'],
        [label, unitCell, 1],
      ]);
      expect(row(grid, label.replace(/（.*$/, ''))?.unit?.symbol ?? null).toBe(symbol);
    });

    it('reports an unknown unit and keeps its text', () => {
      const grid = sheet('x', [HEADER, ['粮食产量', '斤斤', 5]]);
      const result = parseSheet(grid);
      expect(result.table?.rows[0]?.unit).toBeNull();
      expect(result.table?.rows[0]?.unitText).toBe('斤斤');
      expect(result.issues).toEqual([
        {
          code: 'parse.unit-unknown',
          level: 'verify',
          location: { sheet: 'x', cell: 'B2', indicator: '粮食产量' },
          params: { unit: '斤斤' },
        },
      ]);
    });

    it('notes a row with numbers but no unit', () => {
      const result = parseSheet(
        sheet('x', [
          ['指标名称', '本期'],
          ['产值', 5],
          ['产销率', 98],
        ]),
      );
      expect(result.issues.map((i) => [i.code, i.location.indicator])).toEqual([
        ['parse.unit-missing', '产值'],
      ]);
    });
  });

  describe('nature', () => {
    it.each([
      ['工业总产值', '万元', 'additive'],
      ['入园企业数', '家', 'additive'],
      ['产销率', '%', 'non-additive'],
      ['研发投入占比', null, 'non-additive'],
      ['人均工资', '元', 'non-additive'],
      ['平均工资', '元', 'non-additive'],
      ['劳动生产率', '元/人', 'non-additive'],
      ['每万元产值能耗', '吨/万元', 'non-additive'],
      ['出生率', '‰', 'non-additive'],
    ])('%s (%s) is %s', (label, unit, nature) => {
      expect(row(sheet('x', [HEADER, [label, unit, 1]]), label)?.nature).toBe(nature);
    });
  });

  describe('cell values', () => {
    function cellSheet(
      cells: readonly CellValue[],
      unit = '万元',
      extra: Partial<SheetGrid> = {},
    ): SheetGrid {
      return sheet('x', [HEADER, ['工业总产值', unit, ...cells]], extra);
    }

    it('reads numbers written as text', () => {
      const r = parseSheet(cellSheet(['12,345', '１２３', ' 5.1 ', '1,000', '46.3%']));
      expect(plain(r.table?.rows[0]?.values)).toEqual({
        current: 12345,
        previous: 123,
        growth: 5.1,
        target: 1000,
        completion: 46.3,
      });
      expect(r.issues).toEqual([]);
    });

    it('reads %-formatted growth and completion cells as percent', () => {
      const grid = cellSheet([100, 0.5, 0.051, 200, 0.463], '万元', {
        percentCells: { D2: true, E2: true, G2: true },
      });
      // D2 is not a percent column: a stray % format there does not change the number.
      expect(plain(row(grid, '工业总产值')?.values)).toEqual({
        current: 100,
        previous: 0.5,
        growth: 5.1,
        target: 200,
        completion: 46.3,
      });
    });

    it('reads %-formatted cells of a % row as percent', () => {
      const grid = sheet('x', [HEADER, ['产销率', '%', 0.985, 0.97]], {
        percentCells: { C2: true, D2: true },
      });
      expect(plain(row(grid, '产销率')?.values)).toEqual({ current: 98.5, previous: 97 });
    });

    it('reads blanks and dashes as no data, silently', () => {
      const r = parseSheet(cellSheet([100, '—', '-', '/', '…']));
      expect(plain(r.table?.rows[0]?.values)).toEqual({ current: 100 });
      expect(plain(r.table?.rows[0]?.cells)).toEqual({
        current: 'C2',
        previous: 'D2',
        growth: 'E2',
        target: 'F2',
        completion: 'G2',
      });
      expect(r.issues).toEqual([]);
    });

    it.each<[string, string, number]>([
      ['1.2万', '万元', 1.2],
      ['1.2万', '元', 12000],
      ['1.2万', '家', 12000],
      ['1.2亿', '万元', 12000],
      ['1.2万元', '万元', 1.2],
      ['3.5亿元', '亿元', 3.5],
      ['3.5亿元', '万元', 35000],
      ['1.5万人', '人', 15000],
    ])('converts %s in a %s row to %d with a notice', (text, unit, value) => {
      const r = parseSheet(cellSheet([text], unit));
      expect(plain(r.table?.rows[0]?.values)).toEqual({ current: value });
      expect(r.issues).toEqual([
        {
          code: 'parse.cell-magnitude',
          level: 'info',
          location: { sheet: 'x', cell: 'C2', indicator: '工业总产值' },
          params: { text, value, unit },
        },
      ]);
    });

    it('reports a magnitude whose unit does not fit the row', () => {
      const r = parseSheet(cellSheet(['1.2万元'], '人'));
      expect(plain(r.table?.rows[0]?.values)).toEqual({});
      expect(r.issues.map((i) => [i.code, i.level])).toEqual([
        ['parse.cell-magnitude-unit', 'error'],
      ]);
    });

    it('reports Excel errors: error in value columns, verify in percent columns', () => {
      const r = parseSheet(cellSheet(['#REF!', 100, '#DIV/0!', '#N/A', '#VALUE!']));
      expect(plain(r.table?.rows[0]?.values)).toEqual({ previous: 100 });
      expect(r.issues.map((i) => [i.code, i.level, i.location.cell, i.params['text']])).toEqual([
        ['parse.cell-excel-error', 'error', 'C2', '#REF!'],
        ['parse.cell-excel-error', 'verify', 'E2', '#DIV/0!'],
        ['parse.cell-excel-error', 'error', 'F2', '#N/A'],
        ['parse.cell-excel-error', 'verify', 'G2', '#VALUE!'],
      ]);
    });

    it('reports text and booleans as not numbers, never a silent 0', () => {
      const r = parseSheet(cellSheet(['约五千', true, '待核', null, null]));
      expect(plain(r.table?.rows[0]?.values)).toEqual({});
      expect(r.issues.map((i) => [i.code, i.level, i.params['text']])).toEqual([
        ['parse.cell-not-number', 'error', '约五千'],
        ['parse.cell-not-number', 'error', 'TRUE'],
        ['parse.cell-not-number', 'verify', '待核'],
      ]);
      expect(r.issues[0] && formatIssue(r.issues[0])).toBe(
        'x!C2（工业总产值）的内容“约五千”不是数字，未计入',
      );
    });
  });

  describe('rows', () => {
    it('reports a row with numbers but no label', () => {
      const r = parseSheet(
        sheet('x', [HEADER, ['产值', '万元', 1], [null, '万元', 5], ['', null, '—'], []]),
      );
      expect(r.table?.rows).toHaveLength(1);
      expect(r.issues).toEqual([
        {
          code: 'parse.label-missing',
          level: 'verify',
          location: { sheet: 'x', cell: 'A3' },
          params: { row: 3 },
        },
      ]);
    });

    it('skips footnotes and what follows them without numbers', () => {
      const rows = rowsOf(
        sheet('x', [
          HEADER,
          ['产值', '万元', 1],
          ['注：', null, null],
          ['1.本表数据为快报数', null, null],
          ['说明：单位为万元', null, null],
          ['填表人：张三', null, null],
          ['联系电话：123', null, null],
        ]),
      );
      expect(rows.map((r) => r.name)).toEqual(['产值']);
    });

    it('skips a long sentence without numbers', () => {
      const rows = rowsOf(
        sheet('x', [
          HEADER,
          ['产值', '万元', 1],
          ['本表所列各项指标均按现行价格计算，不含个体户。'],
        ]),
      );
      expect(rows.map((r) => r.name)).toEqual(['产值']);
    });

    it('keeps a heading without numbers only when it has a unit or 其中 items', () => {
      const rows = rowsOf(
        sheet('x', [
          HEADER,
          ['一、工业', null, null],
          ['工业总产值', '万元', 10],
          ['二、投资', null, null],
          ['其中：工业投资', '万元', 4],
          ['三、土地', '亩', null],
          ['四、其他', null, null],
          ['  研发人员', '人', 5],
        ]),
      );
      expect(rows.map((r) => [r.key, r.level])).toEqual([
        ['工业总产值', 0],
        ['投资', 0],
        ['投资>工业投资', 1],
        ['土地', 0],
        ['研发人员', 0],
      ]);
    });

    it('reports a duplicate indicator and keeps the first', () => {
      const r = parseSheet(
        sheet('x', [HEADER, ['产值', '万元', 1], ['销售收入', '万元', 2], ['三、产值', '万元', 3]]),
      );
      expect(r.table?.rows.map((x) => [x.key, x.values.current])).toEqual([
        ['产值', 1],
        ['销售收入', 2],
      ]);
      expect(r.issues).toEqual([
        {
          code: 'parse.duplicate-indicator',
          level: 'error',
          location: { sheet: 'x', cell: 'A4', indicator: '产值' },
          params: { first: 'A2' },
        },
      ]);
    });

    it('allows the same 其中 name under different parents', () => {
      const keys = rowsOf(
        sheet('x', [
          HEADER,
          ['产值', '万元', 1],
          ['其中：高新技术企业', '万元', 1],
          ['税收', '万元', 1],
          ['其中：高新技术企业', '万元', 1],
        ]),
      ).map((r) => r.key);
      expect(keys).toEqual(['产值', '产值>高新技术企业', '税收', '税收>高新技术企业']);
    });

    it('reads the notes column and skips a repeated header row', () => {
      const rows = rowsOf(
        sheet('x', [
          ['指标名称', '单位', '本期', '备注'],
          ['产值', '万元', 1, '快报'],
          ['指标名称', '单位', '本期', '备注'],
          ['税收', '万元', 2, null],
        ]),
      );
      expect(rows.map((r) => [r.name, r.note])).toEqual([
        ['产值', '快报'],
        ['税收', null],
      ]);
    });

    it('applies user aliases and traditional characters', () => {
      const grid = sheet('x', [HEADER, ['規模以上工業產值', '萬元', 1], ['本地税', '万元', 2]]);
      const r = parseSheet(grid, { aliases: { 本地税: '地方税收' } });
      expect(r.table?.rows.map((x) => [x.name, x.unit?.symbol])).toEqual([
        // The Traditional unit cell 萬元 is 万元 (issue 12: it was an unknown unit).
        ['规模以上工业产值', '万元'],
        ['地方税收', '万元'],
      ]);
    });
  });

  describe('hierarchy', () => {
    function levels(
      labels: readonly string[],
      indents?: Record<string, number>,
    ): [string, number, string | null][] {
      const grid = sheet(
        'x',
        [['指标名称', '本期'], ...labels.map((l) => [l, 1])],
        indents === undefined ? {} : { indents },
      );
      return rowsOf(grid).map((r) => [r.key, r.level, r.parentKey]);
    }

    it('makes 其中 and # rows items of the row above', () => {
      expect(levels(['工业总产值', '其中：规上产值', '销售收入', '#出口'])).toEqual([
        ['工业总产值', 0, null],
        ['工业总产值>规上产值', 1, '工业总产值'],
        ['销售收入', 0, null],
        ['销售收入>出口', 1, '销售收入'],
      ]);
    });

    it('treats consecutive 其中 rows as siblings', () => {
      expect(levels(['入园企业数', '其中：建成投产企业', '其中：在建企业', '员工总数'])).toEqual([
        ['入园企业数', 0, null],
        ['入园企业数>建成投产企业', 1, '入园企业数'],
        ['入园企业数>在建企业', 1, '入园企业数'],
        ['员工总数', 0, null],
      ]);
    });

    it('makes rows at the indentation of an indented 其中 row its siblings', () => {
      expect(levels(['销售收入', '  其中：玻璃产品', '  光伏产品', '利润总额'])).toEqual([
        ['销售收入', 0, null],
        ['销售收入>玻璃产品', 1, '销售收入'],
        ['销售收入>光伏产品', 1, '销售收入'],
        ['利润总额', 0, null],
      ]);
    });

    it('makes rows aligned under the text after 其中： siblings', () => {
      expect(
        levels(['销售收入', '其中：玻璃产品', '\u3000\u3000\u3000光伏产品', '利润总额']),
      ).toEqual([
        ['销售收入', 0, null],
        ['销售收入>玻璃产品', 1, '销售收入'],
        ['销售收入>光伏产品', 1, '销售收入'],
        ['利润总额', 0, null],
      ]);
    });

    it('makes rows indented under a 其中 row, short of its text, siblings too', () => {
      // "\u3000\u3000企业所得税" under "其中：国内增值税" is a second item of 工商税收, not an item of
      // 国内增值税; only a row indented past the text after 其中： is an item of it.
      expect(
        levels([
          '工商税收',
          '其中：国内增值税',
          '\u3000\u3000企业所得税',
          '固定资产投资',
          '其中：工业投资',
          '\u3000\u3000\u3000\u3000技改投资',
        ]),
      ).toEqual([
        ['工商税收', 0, null],
        ['工商税收>国内增值税', 1, '工商税收'],
        ['工商税收>企业所得税', 1, '工商税收'],
        ['固定资产投资', 0, null],
        ['固定资产投资>工业投资', 1, '固定资产投资'],
        ['固定资产投资>工业投资>技改投资', 2, '固定资产投资>工业投资'],
      ]);
    });

    it('nests a deeper 其中 row under the 其中 row above it', () => {
      expect(
        levels(['入园企业数', '  其中：建成投产企业', '    其中：规上企业', '  其中：在建企业']),
      ).toEqual([
        ['入园企业数', 0, null],
        ['入园企业数>建成投产企业', 1, '入园企业数'],
        ['入园企业数>建成投产企业>规上企业', 2, '入园企业数>建成投产企业'],
        ['入园企业数>在建企业', 1, '入园企业数'],
      ]);
    });

    it('makes indented rows children by spaces or by the alignment indent', () => {
      expect(
        levels([
          '固定资产投资',
          '\u3000工业投资',
          '\u3000\u3000技改投资',
          '\u3000房地产投资',
          '税收',
        ]),
      ).toEqual([
        ['固定资产投资', 0, null],
        ['固定资产投资>工业投资', 1, '固定资产投资'],
        ['固定资产投资>工业投资>技改投资', 2, '固定资产投资>工业投资'],
        ['固定资产投资>房地产投资', 1, '固定资产投资'],
        ['税收', 0, null],
      ]);
      expect(levels(['固定资产投资', '工业投资', '税收'], { A3: 1 })).toEqual([
        ['固定资产投资', 0, null],
        ['固定资产投资>工业投资', 1, '固定资产投资'],
        ['税收', 0, null],
      ]);
    });

    it('ignores a single stray leading space', () => {
      expect(levels(['产值', ' 税收'])).toEqual([
        ['产值', 0, null],
        ['税收', 0, null],
      ]);
    });
  });
});
