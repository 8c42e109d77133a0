/**
 * Issue 12 §4: a township workbook written entirely in Traditional characters, with
 * full-width digits, consolidates exactly like its Simplified twin (fixtures 14 and 15, real
 * .xlsx files read through exceljs).
 */
import type { PipelineResult } from '../../src/core/pipeline';
import { FIXTURES } from '../fixtures/make-fixtures';
import { runFixture } from './run-fixture';

function totals(result: PipelineResult) {
  return result.consolidation.indicators.map((i) => ({
    key: i.key,
    name: i.name,
    unit: i.unit?.symbol ?? null,
    unitText: i.unitText,
    level: i.level,
    parentKey: i.parentKey,
    nature: i.nature,
    current: i.current,
    previous: i.previous,
    target: i.target,
    growth: i.growth,
    changePp: i.changePp,
    completionPct: i.completionPct,
  }));
}

function notices(result: PipelineResult) {
  return result.issues.map((i) => [i.code, i.level, i.location.cell ?? null]);
}

describe('a Traditional township workbook and its Simplified twin', () => {
  it('give identical totals, names, units and notices', async () => {
    const traditional = await runFixture(FIXTURES.traditionalTownship);
    const simplified = await runFixture(FIXTURES.simplifiedTownship);
    expect(totals(simplified)).toHaveLength(9);
    expect(totals(traditional)).toEqual(totals(simplified));
    expect(notices(traditional)).toEqual(notices(simplified));
    expect(traditional.consolidation.period).toEqual(simplified.consolidation.period);
  });

  it('reads every unit of the Traditional sheet', async () => {
    const result = await runFixture(FIXTURES.traditionalTownship);
    expect(
      result.consolidation.indicators.map((i) => [i.name, i.unit?.symbol ?? null, i.current]),
    ).toEqual([
      ['工业总产值', '万元', 185000],
      ['规模以上工业产值', '万元', 150000],
      ['销售收入', '万元', 135000],
      ['工商税收', '万元', 7500],
      ['招商引资到位资金', '亿元', 8],
      ['入园企业数', '个', 53],
      ['个体工商户', '户', 120],
      ['企业员工总数', '万人', 1.2],
      ['新增用地面积', '公顷', 12],
    ]);
    expect(result.issues.filter((i) => i.level !== 'info')).toEqual([]);
  });
});
