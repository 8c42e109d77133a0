import type { CellValue } from '../grid/cell';
import { classifyHeader, findHeader, type HeaderKind } from './header';
import { sheet } from '../../../test/helpers/sheet-grid';

describe('classifyHeader', () => {
  it.each<[string, HeaderKind]>([
    ['指标名称', 'indicator'],
    ['指 标 名 称', 'indicator'],
    ['指標名稱', 'indicator'],
    ['計量單位', 'unit'],
    ['本年累計', 'current'],
    ['本期（萬元）', 'current'],
    ['同比增長（%）', 'growth'],
    ['全年目標', 'target'],
    ['完成目標（%）', 'completion'],
    ['指标', 'indicator'],
    ['项目', 'indicator'],
    ['名称', 'indicator'],
    ['计量单位', 'unit'],
    ['单位', 'unit'],
    ['本期', 'current'],
    ['本期数', 'current'],
    ['本年累计', 'current'],
    ['1-6月', 'current'],
    ['1—6月', 'current'],
    ['1至6月', 'current'],
    ['1-12月', 'current'],
    ['１－６月', 'current'],
    ['2025年1-6月', 'current'],
    ['上半年', 'current'],
    ['本月', 'current'],
    ['当期', 'current'],
    ['实际完成', 'current'],
    ['今年', 'current'],
    ['本期\n（万元）', 'current'],
    ['上年同期', 'previous'],
    ['去年同期', 'previous'],
    ['同期', 'previous'],
    ['上年同期数', 'previous'],
    ['上 年\n同 期', 'previous'],
    ['同比增长(%)', 'growth'],
    ['同比增长（%）', 'growth'],
    ['同比增长\n(%)', 'growth'],
    ['增长%', 'growth'],
    ['增幅', 'growth'],
    ['增速', 'growth'],
    ['比上年同期增长', 'growth'],
    ['比上年同期增长(%)', 'growth'],
    ['±%', 'growth'],
    ['同比±%', 'growth'],
    ['全年目标', 'target'],
    ['年度目标', 'target'],
    ['目标', 'target'],
    ['全年计划', 'target'],
    ['计划', 'target'],
    ['任务', 'target'],
    ['完成目标(%)', 'completion'],
    ['完成目标（%）', 'completion'],
    ['完成率', 'completion'],
    ['完成进度', 'completion'],
    ['完成全年目标(%)', 'completion'],
    ['备注', 'notes'],
    ['说明', 'notes'],
  ])('classifies %j as %s', (text, kind) => {
    expect(classifyHeader(text)).toBe(kind);
  });

  it.each([
    '',
    '序号',
    '主要经济指标完成情况（2025年1-6月）',
    '填报单位：东城镇',
    '单位：万元',
    '占比(%)x',
  ])('does not classify %j', (text) => {
    expect(classifyHeader(text)).toBeNull();
  });
});

describe('findHeader', () => {
  const standard = [
    '指标名称',
    '计量单位',
    '本期',
    '上年同期',
    '同比增长(%)',
    '全年目标',
    '完成目标(%)',
  ];

  it('finds the header under merged title rows', () => {
    const grid = sheet('东城镇', [
      ['东城镇园区主要经济指标完成情况（2025年1-6月）', null, null],
      [null],
      ['填报单位：东城镇', null, null, null, null, '单位：万元'],
      standard,
      ['工业总产值', '万元', 185000],
    ]);
    expect(findHeader(grid)).toEqual({
      kind: 'found',
      layout: {
        headerRow: 3,
        headerRows: 1,
        indicator: 0,
        unit: 1,
        notes: null,
        values: { current: 2, previous: 3, growth: 4, target: 5, completion: 6 },
        headerText: {
          indicator: '指标名称',
          unit: '计量单位',
          current: '本期',
          previous: '上年同期',
          growth: '同比增长(%)',
          target: '全年目标',
          completion: '完成目标(%)',
        },
      },
    });
  });

  it('finds a header with a number column and other column names', () => {
    const grid = sheet('x', [['序号', '项目', '单位', '1-6月', '去年同期', '增幅', '备注']]);
    const result = findHeader(grid);
    expect(result.kind === 'found' && result.layout).toMatchObject({
      headerRow: 0,
      indicator: 1,
      unit: 2,
      notes: 6,
      values: { current: 3, previous: 4, growth: 5 },
    });
  });

  it('reads two year columns as 本期 and 上年同期', () => {
    const grid = sheet('x', [['指标', '2024年1-6月', '2025年1-6月', '增长%']]);
    const result = findHeader(grid);
    expect(result.kind === 'found' && result.layout.values).toEqual({
      previous: 1,
      current: 2,
      growth: 3,
    });
  });

  it('needs an indicator column and a value column', () => {
    expect(findHeader(sheet('x', [['指标名称', '计量单位', '备注']])).kind).toBe('none');
    expect(findHeader(sheet('x', [['本期', '上年同期']])).kind).toBe('none');
    expect(findHeader(sheet('x', []))).toEqual({ kind: 'none' });
  });

  it('looks at the first 100 rows (issue 12: it was 30)', () => {
    const rows = Array.from({ length: 100 }, () => ['说明文字']);
    expect(findHeader(sheet('x', [...rows, standard])).kind).toBe('none');
    expect(findHeader(sheet('x', [...rows.slice(1), standard])).kind).toBe('found');
    const at60 = findHeader(sheet('x', [...rows.slice(41), standard]));
    expect(at60.kind === 'found' && at60.layout.headerRow).toBe(59);
  });

  describe('years alone as column names (issue 12)', () => {
    it.each<[string, readonly CellValue[]]>([
      ['numbers', ['指标名称', '计量单位', 2025, 2024, '增长%']],
      ['text', ['指标名称', '计量单位', '2025', '2024', '增长%']],
      ['full-width text', ['指标名称', '计量单位', '２０２５', '２０２４', '增长%']],
      ['text with 年', ['指标名称', '计量单位', '2025年', '2024年', '增长%']],
    ])('reads the later year as 本期 and the earlier as 上年同期 (%s)', (_, header) => {
      const result = findHeader(sheet('x', [header, ['工业总产值', '万元', 120, 100, 20]]));
      expect(result.kind === 'found' && result.layout.values).toEqual({
        current: 2,
        previous: 3,
        growth: 4,
      });
    });

    it('reads them in either order', () => {
      const result = findHeader(sheet('x', [['指标名称', 2024, 2025]]));
      expect(result.kind === 'found' && result.layout.values).toEqual({ previous: 1, current: 2 });
    });

    it('never reads a data row holding years as a header', () => {
      const grid = sheet('x', [
        ['标题'],
        ['工业总产值', '万元', 2025, 2024],
        ['指标名称', '计量单位', '本期', '上年同期'],
        ['建成年份', '年', 2025, 2024],
      ]);
      const result = findHeader(grid);
      expect(result.kind === 'found' && result.layout.headerRow).toBe(2);
      expect(findHeader(sheet('x', [['工业总产值', 2025, 2024]])).kind).toBe('none');
    });

    it('needs two different years', () => {
      expect(findHeader(sheet('x', [['指标名称', 2025, 2025]])).kind).toBe('none');
      expect(findHeader(sheet('x', [['指标名称', 2025]])).kind).toBe('none');
      expect(findHeader(sheet('x', [['指标名称', 25, 24]])).kind).toBe('none');
    });

    it('reads years under a group of a two-row header', () => {
      const grid = sheet('x', [
        ['指标名称', '计量单位', '1-6月', null, '同比增长(%)'],
        [null, null, 2025, 2024, null],
        ['工业总产值', '万元', 120, 100, 20],
      ]);
      const result = findHeader(grid);
      expect(result.kind === 'found' && result.layout).toMatchObject({
        headerRow: 0,
        headerRows: 2,
        values: { current: 2, previous: 3, growth: 4 },
      });
    });
  });

  describe('two-row headers', () => {
    it('reads the columns under merged group headers (本期 over 绝对数 | 增长%)', () => {
      const grid = sheet('x', [
        ['指标名称', '计量单位', '本期', null, '上年同期', '全年目标'],
        [null, null, '绝对数', '增长%', '绝对数', null],
        ['工业总产值', '万元', 120, 20, 100, 300],
      ]);
      const result = findHeader(grid);
      expect(result.kind === 'found' && result.layout).toMatchObject({
        headerRow: 0,
        headerRows: 2,
        values: { current: 2, growth: 3, previous: 4, target: 5 },
        headerText: { current: '本期 绝对数', growth: '本期 增长%', target: '全年目标' },
      });
    });

    it('reads a period group over 本期 | 同比, and 完成(%) under 全年 as the completion', () => {
      const grid = sheet('x', [
        ['指标名称', '计量单位', '2025年1-6月', null, '全年', null],
        [null, null, '本期', '同比增长(%)', '目标', '完成(%)'],
      ]);
      const result = findHeader(grid);
      expect(result.kind === 'found' && result.layout.values).toEqual({
        current: 2,
        growth: 3,
        target: 4,
        completion: 5,
      });
    });

    it('reads two years under one group as 本期 and 上年同期', () => {
      const grid = sheet('x', [
        ['指标名称', '单位', '1-6月', null, '增长%'],
        [null, null, '2025年', '2024年', null],
      ]);
      const result = findHeader(grid);
      expect(result.kind === 'found' && result.layout.values).toEqual({
        current: 2,
        previous: 3,
        growth: 4,
      });
    });

    it('finds a header whose first row alone names no value column', () => {
      const grid = sheet('x', [
        ['指标名称', '计量单位', '数值', null, null],
        [null, null, '本期', '上年同期', '增长%'],
      ]);
      const result = findHeader(grid);
      expect(result.kind === 'found' && result.layout).toMatchObject({
        headerRows: 2,
        values: { current: 2, previous: 3, growth: 4 },
      });
    });

    it.each<[string, CellValue[]]>([
      ['a data row', ['工业总产值', '万元', 120, 100]],
      ['a row of numbers with no label', [null, null, 120, 100]],
      ['a column numbering row (甲 乙 1 2)', ['甲', '乙', '1', '2']],
      ['a row naming nothing more', [null, null, '(万元)', '(万元)']],
    ])('reads the first row alone when the next is %s', (_name, next) => {
      const grid = sheet('x', [['指标名称', '计量单位', '本期', '上年同期'], next]);
      const result = findHeader(grid);
      expect(result.kind === 'found' && result.layout).toMatchObject({
        headerRow: 0,
        headerRows: 1,
        values: { current: 2, previous: 3 },
      });
    });

    it('reads the first row alone when the second would name a column twice', () => {
      const grid = sheet('x', [
        ['指标名称', '计量单位', '本期', null, '上年同期'],
        [null, null, '本期', '同比', '本期'],
      ]);
      const result = findHeader(grid);
      expect(result.kind === 'found' && result.layout).toMatchObject({ headerRows: 1 });
    });
  });

  it('rejects a header that repeats a value column (the 分乡镇 output)', () => {
    const grid = sheet('分乡镇', [
      ['指标名称', '计量单位', '本期', '同比增长(%)', '本期', '同比增长(%)'],
    ]);
    expect(findHeader(grid)).toEqual({ kind: 'duplicate', row: 0, column: '本期' });
  });
});
