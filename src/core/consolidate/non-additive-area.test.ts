/**
 * The area's value of a rate or per-capita indicator (issue #14 §4): a single unit's own
 * figures, or a recipe's ratio when every township reports both components; never an
 * average, never a ratio of sums over different townships.
 */
import { statTable } from '../../../test/helpers/stat-table';
import type { Consolidation } from '../model/consolidation';
import { consolidate } from './consolidate';

function find(result: Consolidation, key: string) {
  const found = result.indicators.find((i) => i.key === key);
  if (!found) throw new Error(`no indicator ${key}`);
  return found;
}

describe('a single unit', () => {
  const park = consolidate([
    statTable('园区', [
      { label: '工业总产值', unit: '万元', current: 185000, previous: 176000 },
      { label: '企业员工总数', unit: '人', current: 3000, previous: 2900 },
      { label: '开工率', unit: '%', current: 85.5, previous: 80.2 },
      { label: '人均产值', unit: '万元/人', current: 63.3, previous: 60.1 },
    ]),
  ]);

  it("gives a rate the unit's own figures and their change in points", () => {
    const rate = find(park, '开工率');
    expect([rate.current, rate.previous, rate.changePp]).toEqual([85.5, 80.2, 5.3]);
    expect(park.issues.filter((i) => i.code === 'consolidate.non-additive-single')).toHaveLength(2);
  });

  it('keeps the per-capita figure the unit reported, before any recipe', () => {
    const perCapita = find(park, '人均产值');
    expect([perCapita.current, perCapita.previous]).toEqual([63.3, 60.1]);
    expect(perCapita.growth.pct).toBeCloseTo(5.3245, 3);
  });

  it('leaves a rate the unit did not fill empty', () => {
    const empty = consolidate([statTable('园区', [{ label: '开工率', unit: '%', previous: 80 }])]);
    expect(find(empty, '开工率').current).toBeNull();
    expect(empty.issues.map((i) => i.code)).toContain('consolidate.non-additive-empty');
  });
});

describe('several townships', () => {
  it("never takes one township's rate, nor an average, for the area", () => {
    const result = consolidate([
      statTable('东城镇', [{ label: '开工率', unit: '%', current: 90 }]),
      statTable('西城镇', [{ label: '开工率', unit: '%', current: 70 }]),
      statTable('南城镇', [{ label: '工业总产值', unit: '万元', current: 10 }]),
    ]);
    expect(find(result, '开工率').current).toBeNull();
    const one = consolidate([
      statTable('东城镇', [{ label: '开工率', unit: '%', current: 90 }]),
      statTable('西城镇', [{ label: '工业总产值', unit: '万元', current: 10 }]),
    ]);
    expect(find(one, '开工率').current).toBeNull();
  });

  it.each([
    ['人均销售收入', '元/人', 60000], // 180万元 ÷ 30人
    ['销售利润率', '%', 10], // 18 ÷ 180 × 100
    ['营业收入利润率', '%', 10],
  ])('derives %p from the built-in recipe', (name, unit, expected) => {
    const rows = (sales: number, profit: number, staff: number) => [
      { label: '销售收入', unit: '万元', current: sales },
      { label: '营业收入', unit: '万元', current: sales },
      { label: '利润总额', unit: '万元', current: profit },
      { label: '企业员工总数', unit: '人', current: staff },
      { label: name, unit, current: 1 },
    ];
    const result = consolidate([
      statTable('东城镇', rows(120, 12, 10)),
      statTable('西城镇', rows(60, 6, 20)),
    ]);
    expect(find(result, name).current).toBeCloseTo(expected, 9);
  });

  it('derives 人均产值 from components every township reports', () => {
    const result = consolidate([
      statTable('东城镇', [
        { label: '工业总产值', unit: '万元', current: 120, previous: 100 },
        { label: '企业员工总数', unit: '人', current: 10, previous: 10 },
        { label: '人均产值', unit: '元/人', current: 120000, previous: 100000 },
      ]),
      statTable('西城镇', [
        { label: '工业总产值', unit: '万元', current: 60, previous: 50 },
        { label: '企业员工总数', unit: '人', current: 20, previous: 25 },
      ]),
    ]);
    const perCapita = find(result, '人均产值');
    // 180万元 ÷ 30人 = 60000元/人; 150万元 ÷ 35人
    expect(perCapita.current).toBe(60000);
    expect(perCapita.previous).toBeCloseTo(42857.14, 1);
  });

  it('leaves a column empty when a township lacks a component in it', () => {
    const result = consolidate([
      statTable('东城镇', [
        { label: '工业总产值', unit: '万元', current: 120, previous: 100 },
        { label: '企业员工总数', unit: '人', current: 10, previous: 10 },
        { label: '人均产值', unit: '元/人', current: 120000 },
      ]),
      statTable('西城镇', [
        { label: '工业总产值', unit: '万元', current: 60, previous: 50 },
        { label: '企业员工总数', unit: '人', current: 20 },
      ]),
      statTable('南城镇', [{ label: '工业总产值', unit: '万元', current: 30, previous: 20 }]),
    ]);
    // 南城镇 has no 企业员工总数: 210万元 ÷ 30人 would give the area 70000元/人.
    const perCapita = find(result, '人均产值');
    expect([perCapita.current, perCapita.previous]).toEqual([null, null]);
    const notice = result.issues.find((i) => i.code === 'consolidate.non-additive-incomplete');
    expect(notice?.params).toMatchObject({ numerator: '工业总产值', denominator: '企业员工总数' });
  });

  it('computes 本期 when only a 上年同期 is missing', () => {
    const result = consolidate([
      statTable('东城镇', [
        { label: '工业总产值', unit: '万元', current: 120, previous: 100 },
        { label: '企业员工总数', unit: '人', current: 10, previous: 10 },
        { label: '人均产值', unit: '元/人', current: 120000 },
      ]),
      statTable('西城镇', [
        { label: '工业总产值', unit: '万元', current: 60, previous: 50 },
        { label: '企业员工总数', unit: '人', current: 20 },
      ]),
    ]);
    const perCapita = find(result, '人均产值');
    expect([perCapita.current, perCapita.previous, perCapita.growth.pct]).toEqual([
      60000,
      null,
      null,
    ]);
    expect(result.issues.map((i) => i.code)).toContain('consolidate.non-additive-derived');
  });
});
