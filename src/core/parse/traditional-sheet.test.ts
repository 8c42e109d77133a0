import type { CellValue } from '../grid/cell';
import { plainValues } from '../model/table';
import { parseSheet } from './parse-sheet';
import { sheet } from '../../../test/helpers/sheet-grid';

/** The same township sheet, Simplified and Traditional (full-width digits in the latter). */
const SIMPLIFIED: readonly (readonly CellValue[])[] = [
  ['东城镇主要经济指标（2025年1-6月）'],
  ['填报单位：东城镇', null, '单位：万元'],
  ['指标名称', '计量单位', '本年累计', '上年同期', '同比增长(%)', '全年目标'],
  ['一、工业总产值（万元）', null, 185000, 176000, 5.1, 400000],
  ['  其中：规模以上工业产值', '万元', 150000, 140000, null, null],
  ['二、招商引资到位资金', '亿元', 8, 6.96, null, null],
  ['入园企业数', '个', 53, 50, null, null],
  ['个体户数', '户', 120, 110, null, null],
  ['土地面积', '公顷', 30, 30, null, null],
  ['从业人员', '万人', 1.2, 1.1, null, null],
  ['厂房面积', '平方米', 5000, 4000, null, null],
  ['工商税收', null, '1.2万', null, null, null],
  ['注：本表数据为快报数'],
];
const TRADITIONAL: readonly (readonly CellValue[])[] = [
  ['東城鎮主要經濟指標（２０２５年１－６月）'],
  ['填報單位：東城鎮', null, '單位：萬元'],
  ['指標名稱', '計量單位', '本年累計', '上年同期', '同比增長（％）', '全年目標'],
  ['一、工業總產值（萬元）', null, '１８５０００', '１７６０００', '５．１', '４０００００'],
  ['  其中：規模以上工業產值', '萬元', 150000, 140000, null, null],
  ['二、招商引資到位資金', '億元', '８', '６．９６', null, null],
  ['入園企業數', '個', 53, 50, null, null],
  ['個體戶數', '戶', 120, 110, null, null],
  ['土地面積', '公頃', 30, 30, null, null],
  ['從業人員', '萬人', 1.2, 1.1, null, null],
  ['廠房面積', '平方公尺', 5000, 4000, null, null],
  ['工商稅收', null, '１．２萬', null, null, null],
  ['註：本表數據為快報數'],
];

function reading(rows: readonly (readonly CellValue[])[]) {
  const result = parseSheet(sheet('Sheet1', rows));
  return {
    unitName: result.table?.unitName,
    period: result.table?.period,
    defaultUnit: result.table?.defaultUnit?.symbol,
    rows: result.table?.rows.map((r) => ({
      key: r.key,
      name: r.name,
      unit: r.unit?.symbol ?? null,
      unitText: r.unitText,
      level: r.level,
      nature: r.nature,
      values: plainValues(r.values),
    })),
    issues: result.issues.map((i) => [i.code, i.level, i.location.cell ?? null]),
  };
}

describe('parseSheet: a sheet written entirely in Traditional characters', () => {
  it('reads like its Simplified twin: names, units, levels, numbers and the 填报单位', () => {
    const simplified = reading(SIMPLIFIED);
    expect(simplified.rows).toHaveLength(9);
    expect(simplified.unitName).toBe('东城镇');
    expect(reading(TRADITIONAL)).toEqual(simplified);
  });

  it('takes the unit in a label, the unit column and the 單位 line in Simplified form', () => {
    const { rows, defaultUnit } = reading(TRADITIONAL);
    expect(defaultUnit).toBe('万元');
    expect(rows?.map((r) => [r.name, r.unit])).toEqual([
      ['工业总产值', '万元'],
      ['规模以上工业产值', '万元'],
      ['招商引资到位资金', '亿元'],
      ['入园企业数', '个'],
      ['个体户数', '户'],
      ['土地面积', '公顷'],
      ['从业人员', '万人'],
      ['厂房面积', '平方米'],
      ['工商税收', '万元'],
    ]);
  });
});
