import { statTable, type RowSpec } from '../../../test/helpers/stat-table';
import { exactSum } from '../compute/numeric-policy';
import { formatIssue } from '../diagnostics/format';
import type { Issue } from '../diagnostics/issue';
import type { ConsolidatedIndicator, Consolidation } from '../model/consolidation';
import { figureNumbers, indicatorNumbers, townshipCount } from '../model/figure-numbers';
import { rowNumbers } from '../model/row-numbers';
import type { StatTable } from '../model/table';
import { parseWorkbooks } from '../parse/parse-workbooks';
import { consolidate } from './consolidate';

const HALF_YEAR = { label: '1-6月', year: 2025, months: 6 };

function indicator(result: Consolidation, key: string): ConsolidatedIndicator {
  const found = result.indicators.find((i) => i.key === key);
  if (!found)
    throw new Error(`no indicator ${key} in ${result.indicators.map((i) => i.key).join(',')}`);
  return found;
}

function codes(result: Consolidation): string[] {
  return result.issues.map((i) => i.code);
}

function issuesOf(result: Consolidation, code: Issue['code']): Issue[] {
  return result.issues.filter((i) => i.code === code);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const output = (current: number, previous?: number, target?: number): RowSpec => ({
  label: '一、工业总产值',
  unit: '万元',
  current,
  ...(previous !== undefined ? { previous } : {}),
  ...(target !== undefined ? { target } : {}),
});

describe('consolidate', () => {
  describe('additive indicators', () => {
    const tables = [
      statTable('东城镇', [output(120, 100, 300)], { period: HALF_YEAR, file: 'a.xlsx' }),
      statTable('西城镇', [output(90, 100, 200)]),
      statTable('南城镇', [output(90, 50, 100)]),
    ];
    const result = consolidate(tables);
    const total = indicator(result, '工业总产值');

    it('sums 本期, 上年同期 and 全年目标', () => {
      // 120 + 90 + 90 = 300; 100 + 100 + 50 = 250; 300 + 200 + 100 = 600
      expect([total.current, total.previous, total.target]).toEqual([300, 250, 600]);
    });

    it('computes growth from the sums, not from the townships’ growth', () => {
      // 300 ÷ 250 − 1 = 20%
      expect(total.growth).toEqual({ pct: 20, reason: null });
      expect(total.completionPct).toBe(50); // 300 ÷ 600
      expect(total.changePp).toBeNull();
    });

    it('keeps the first township’s label, name, unit and level', () => {
      expect(total).toMatchObject({
        name: '工业总产值',
        label: '一、工业总产值',
        level: 0,
        parentKey: null,
        nature: 'additive',
        unitText: null,
        missingIn: [],
      });
      expect(total.unit?.symbol).toBe('万元');
    });

    it('gives each township its share, rank, 拉动, 贡献率 and completion', () => {
      const rows = total.townships.map((t) => [
        t.township,
        t.growth.pct,
        t.sharePct,
        t.rank,
        t.pullPp,
        t.contributionPct,
        t.completionPct,
      ]);
      expect(rows).toEqual([
        // 20/100=20%; 120/300=40%; rank 1; 20/250=8pp; 20/50=40%; 120/300=40%
        ['东城镇', 20, 40, 1, 8, 40, 40],
        // −10/100=−10%; 30%; 90 ties 90: rank 2; −10/250=−4pp; −10/50=−20%; 90/200=45%
        ['西城镇', -10, 30, 2, -4, -20, 45],
        // 40/50=80%; 30%; rank 2; 40/250=16pp; 40/50=80%; 90/100=90%
        ['南城镇', 80, 30, 2, 16, 80, 90],
      ]);
    });

    it('has 拉动 adding up to the total growth and 贡献率 to 100%', () => {
      expect(exactSum(total.townships.map((t) => t.pullPp ?? Number.NaN))).toBe(total.growth.pct);
      expect(exactSum(total.townships.map((t) => t.contributionPct ?? Number.NaN))).toBe(100);
      expect(exactSum(total.townships.map((t) => t.sharePct ?? Number.NaN))).toBe(100);
    });

    it('points to the source cells of each value present', () => {
      expect(total.townships[0]?.sources).toEqual({
        current: { file: 'a.xlsx', sheet: '东城镇', cell: 'C2' },
        previous: { file: 'a.xlsx', sheet: '东城镇', cell: 'D2' },
        target: { file: 'a.xlsx', sheet: '东城镇', cell: 'F2' },
      });
      expect(total.townships[1]?.sources.current).toEqual({ sheet: '西城镇', cell: 'C2' });
    });

    it('reports the townships and the period, and no issues', () => {
      expect(result.townships).toEqual(['东城镇', '西城镇', '南城镇']);
      expect(result.period).toEqual(HALF_YEAR);
      expect(result.tables).toEqual(tables);
      expect(result.issues).toEqual([]);
    });

    it('sums 1-decimal values without float noise', () => {
      const noisy = consolidate([
        statTable('甲', [{ label: '税收', unit: '万元', current: 0.1, previous: 1.1 }]),
        statTable('乙', [{ label: '税收', unit: '万元', current: 0.2, previous: 2.2 }]),
        statTable('丙', [{ label: '税收', unit: '万元', current: 0.3, previous: 3.3 }]),
      ]);
      // 0.1 + 0.2 + 0.3 = 0.6; 1.1 + 2.2 + 3.3 = 6.6 (floats give 0.6000000000000001, 6.6)
      expect(indicator(noisy, '税收').current).toBe(0.6);
      expect(indicator(noisy, '税收').previous).toBe(6.6);
    });
  });

  describe('comparable basis (可比口径)', () => {
    const result = consolidate([
      statTable('东城镇', [output(120, 100)]),
      statTable('西城镇', [output(50)]), // 本期 only
      statTable('南城镇', [output(130, 100)]),
    ]);
    const total = indicator(result, '工业总产值');

    it('sums every 本期 but computes growth over the townships reporting both', () => {
      expect(total.current).toBe(300); // 120 + 50 + 130
      expect(total.previous).toBe(200); // 100 + 100
      // (120 + 130) ÷ (100 + 100) − 1 = 25%, not 300 ÷ 200 − 1 = 50%
      expect(total.growth).toEqual({ pct: 25, reason: null });
    });

    it('names the townships left out of the comparison', () => {
      const found = issuesOf(result, 'consolidate.comparable-basis');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        level: 'info',
        params: { indicator: '工业总产值', missing: '西城镇' },
      });
    });

    it('gives 拉动 only to comparable townships, adding up to the comparable growth', () => {
      // 20 ÷ 200 = 10pp, 30 ÷ 200 = 15pp; 10 + 15 = 25
      expect(total.townships.map((t) => t.pullPp)).toEqual([10, null, 15]);
      expect(total.townships.map((t) => t.contributionPct)).toEqual([40, null, 60]);
      // the share is of all 本期: 50 ÷ 300
      expect(total.townships[1]?.sharePct).toBeCloseTo(16.6667, 4);
    });

    it('computes completion over the townships with both 本期 and 目标', () => {
      const withTargets = consolidate([
        statTable('甲', [output(100, undefined, 400)]),
        statTable('乙', [output(60)]),
      ]);
      // 100 ÷ 400 = 25%, not (100 + 60) ÷ 400
      expect(indicator(withTargets, '工业总产值').completionPct).toBe(25);
    });
  });

  describe('zero and negative bases', () => {
    it.each<[string, number, number, number, number, string]>([
      ['zero', 10, 0, 5, 0, 'zero-base'],
      ['negative', 10, -30, 5, 10, 'negative-base'], // Σ上年同期 = −20
    ])('gives no total growth on a %s base', (_name, c1, p1, c2, p2, reason) => {
      const result = consolidate([
        statTable('甲', [{ label: '利润总额', unit: '万元', current: c1, previous: p1 }]),
        statTable('乙', [{ label: '利润总额', unit: '万元', current: c2, previous: p2 }]),
      ]);
      const total = indicator(result, '利润总额');
      expect(total.growth).toEqual({ pct: null, reason });
      expect(total.townships.map((t) => t.pullPp)).toEqual([null, null]);
      expect(total.townships[0]?.growth.reason).toBe(reason);
    });

    it('gives no 贡献率 when the total did not change', () => {
      const result = consolidate([
        statTable('甲', [output(110, 100)]),
        statTable('乙', [output(90, 100)]),
      ]);
      const total = indicator(result, '工业总产值');
      expect(total.growth.pct).toBe(0);
      expect(total.townships.map((t) => t.contributionPct)).toEqual([null, null]);
      expect(total.townships.map((t) => t.pullPp)).toEqual([5, -5]); // ±10 ÷ 200
    });
  });

  describe('units', () => {
    it('converts other townships to the most common unit exactly', () => {
      const result = consolidate([
        statTable('甲', [{ label: '招商引资到位资金', unit: '亿元', current: 8, previous: 6.96 }]),
        statTable('乙', [
          { label: '招商引资到位资金', unit: '万元', current: 12345, previous: 10000 },
        ]),
        statTable('丙', [{ label: '招商引资到位资金', unit: '万元', current: 0.5, previous: 0.3 }]),
      ]);
      const total = indicator(result, '招商引资到位资金');
      expect(total.unit?.symbol).toBe('万元');
      // 8亿元 = 80000万元; 80000 + 12345 + 0.5 = 92345.5; 69600 + 10000 + 0.3 = 79600.3
      expect(total.current).toBe(92345.5);
      expect(total.previous).toBe(79600.3);
      expect(total.townships[0]).toMatchObject({ current: 80000, previous: 69600 });
      const converted = issuesOf(result, 'consolidate.unit-converted');
      expect(converted).toEqual([
        {
          code: 'consolidate.unit-converted',
          level: 'info',
          location: { sheet: '甲', cell: 'B2', indicator: '招商引资到位资金' },
          params: { sheet: '甲', indicator: '招商引资到位资金', from: '亿元', to: '万元' },
        },
      ]);
    });

    it('takes the first township’s unit on a tie, and converts 元 to it without noise', () => {
      const result = consolidate([
        statTable('甲', [{ label: '税收', unit: '万元', current: 1 }]),
        statTable('乙', [{ label: '税收', unit: '元', current: 12345 }]),
      ]);
      const total = indicator(result, '税收');
      expect(total.unit?.symbol).toBe('万元');
      expect(total.current).toBe(2.2345); // 1 + 1.2345
    });

    it('converts 公顷 to 亩 (×15)', () => {
      const result = consolidate([
        statTable('甲', [{ label: '土地面积', unit: '亩', current: 100 }]),
        statTable('乙', [{ label: '土地面积', unit: '亩', current: 50 }]),
        statTable('丙', [{ label: '土地面积', unit: '公顷', current: 2 }]),
      ]);
      expect(indicator(result, '土地面积').current).toBe(180); // 100 + 50 + 2 × 15
    });

    it('leaves out values whose unit does not convert, with an error at the unit cell', () => {
      const result = consolidate([
        statTable('甲', [{ label: '入园企业数', unit: '家', current: 10, previous: 8 }]),
        statTable('乙', [{ label: '入园企业数', unit: '家', current: 5, previous: 5 }]),
        statTable('丙', [{ label: '入园企业数', unit: '个', current: 100, previous: 1 }]),
      ]);
      const total = indicator(result, '入园企业数');
      expect(total.current).toBe(15); // 10 + 5, not 115
      expect(total.townships.map((t) => t.township)).toEqual(['甲', '乙']);
      expect(total.missingIn).toEqual([]);
      expect(issuesOf(result, 'consolidate.unit-incompatible')).toEqual([
        {
          code: 'consolidate.unit-incompatible',
          level: 'error',
          location: { sheet: '丙', cell: 'B2', indicator: '入园企业数' },
          params: { indicator: '入园企业数', units: '家、个', sheet: '丙' },
        },
      ]);
    });

    it('treats a missing unit as the indicator’s unit, with an info issue', () => {
      const result = consolidate([
        statTable('甲', [{ label: '税收', unit: '万元', current: 10 }]),
        statTable('乙', [{ label: '税收', current: 5 }]),
      ]);
      expect(indicator(result, '税收').current).toBe(15);
      expect(issuesOf(result, 'consolidate.unit-assumed')).toEqual([
        {
          code: 'consolidate.unit-assumed',
          level: 'info',
          location: { sheet: '乙', cell: 'B2', indicator: '税收' },
          params: { sheet: '乙', indicator: '税收', unit: '万元' },
        },
      ]);
    });

    it('sums rows that all have no unit, or the same unrecognised unit text, silently', () => {
      const result = consolidate([
        statTable('甲', [
          { label: 'A', current: 1 },
          { label: 'B', unit: '斤斤', current: 2 },
        ]),
        statTable('乙', [
          { label: 'A', current: 2 },
          { label: 'B', unit: '斤斤', current: 3 },
        ]),
      ]);
      expect(indicator(result, 'A')).toMatchObject({ current: 3, unit: null, unitText: null });
      expect(indicator(result, 'B')).toMatchObject({ current: 5, unit: null, unitText: '斤斤' });
      expect(result.issues).toEqual([]);
    });
  });

  describe('non-additive indicators', () => {
    it('never sums a rate, and leaves it empty with an issue when it cannot be derived', () => {
      const result = consolidate([
        statTable('甲', [{ label: '研发投入强度', unit: '%', current: 3, previous: 2 }]),
        statTable('乙', [{ label: '研发投入强度', unit: '%', current: 5, previous: 4 }]),
      ]);
      const rate = indicator(result, '研发投入强度');
      expect(rate).toMatchObject({
        nature: 'non-additive',
        current: null,
        previous: null,
        target: null,
        changePp: null,
        growth: { pct: null, reason: 'missing' },
      });
      // townships keep their own values and ranks, but no share or 拉动
      expect(rate.townships.map((t) => [t.current, t.rank, t.sharePct, t.pullPp])).toEqual([
        [3, 2, null, null],
        [5, 1, null, null],
      ]);
      expect(issuesOf(result, 'consolidate.non-additive-empty')).toHaveLength(1);
    });

    it('treats an indicator as non-additive when any township says so', () => {
      const result = consolidate([
        statTable('甲', [{ label: '平均工资', unit: '元', current: 5000 }]),
        statTable('乙', [{ label: '平均工资', unit: '元', nature: 'non-additive', current: 7000 }]),
      ]);
      expect(indicator(result, '平均工资').current).toBeNull();
    });

    const structure = (current: number, previous: number, part: number, partPrev: number) => [
      { label: '销售收入', unit: '万元', current, previous },
      { label: '其中：玻璃产品销售收入', unit: '万元', current: part, previous: partPrev },
      { label: '其中：玻璃产品销售收入占比', unit: '%', current: 99, previous: 99 },
      { label: '玻璃产品销售收入占销售收入比重', unit: '%', current: 99, previous: 99 },
      { label: '销售收入增速', unit: '%', current: 99 },
    ];

    describe('built-in patterns', () => {
      const result = consolidate([
        statTable('甲', structure(100000, 80000, 80000, 60000)),
        statTable('乙', structure(35000, 48600, 31500, 30000)),
      ]);

      it('derives X占Y比重 as ΣX ÷ ΣY × 100', () => {
        // current: (80000 + 31500) ÷ (100000 + 35000) × 100 = 111500 ÷ 135000 × 100 = 82.59…
        // previous: 90000 ÷ 128600 × 100 = 69.98…
        const share = indicator(result, '玻璃产品销售收入占销售收入比重');
        expect(share.current).toBeCloseTo(82.5926, 4);
        expect(share.previous).toBeCloseTo(69.9844, 4);
        expect(share.changePp).toBeCloseTo(12.6081, 4); // 82.5926 − 69.9844
        expect(share.nature).toBe('non-additive');
      });

      it('derives X占比 under a parent P as ΣX ÷ ΣP × 100', () => {
        const share = indicator(result, '销售收入>玻璃产品销售收入占比');
        expect(share.current).toBeCloseTo(82.5926, 4);
      });

      it('derives X增速 as the consolidated growth of X', () => {
        // 135000 ÷ 128600 − 1 = 4.976…%
        const rate = indicator(result, '销售收入增速');
        expect(rate.current).toBeCloseTo(4.9767, 4);
        expect(rate.previous).toBeNull();
        expect(rate.current).toBe(indicator(result, '销售收入').growth.pct);
      });

      it('says how each was derived', () => {
        expect(issuesOf(result, 'consolidate.non-additive-derived').map((i) => i.params)).toEqual([
          {
            indicator: '玻璃产品销售收入占比',
            numerator: '玻璃产品销售收入',
            denominator: '销售收入',
          },
          {
            indicator: '玻璃产品销售收入占销售收入比重',
            numerator: '玻璃产品销售收入',
            denominator: '销售收入',
          },
        ]);
        expect(issuesOf(result, 'consolidate.non-additive-growth').map((i) => i.params)).toEqual([
          { indicator: '销售收入增速', source: '销售收入' },
        ]);
        expect(codes(result)).not.toContain('consolidate.non-additive-empty');
      });
    });

    describe('user derivations', () => {
      const rows = (output: number, outputPrev: number, staff: number, staffPrev: number) => [
        { label: '工业总产值', unit: '万元', current: output, previous: outputPrev },
        { label: '企业员工总数', unit: '人', current: staff, previous: staffPrev },
        { label: '人均产值', unit: '元/人', current: 1, previous: 1 },
        { label: '利润率', unit: '%', current: 1 },
        { label: '利润总额', unit: '亿元', current: 0.5 },
      ];
      const tables = [
        statTable('甲', rows(1000, 800, 100, 100)),
        statTable('乙', rows(500, 400, 50, 60)),
      ];
      const result = consolidate(tables, {
        derivations: [
          { indicator: '人均产值', numerator: '工业总产值', denominator: '企业员工总数' },
          { indicator: '利润率', numerator: '利润总额', denominator: '工业总产值', scale: 100 },
        ],
      });

      it('converts to the compound unit’s parts before dividing (万元 ÷ 人 -> 元/人)', () => {
        // current: 1500万元 = 15,000,000元 ÷ 150人 = 100000 元/人
        // previous: 1200万元 = 12,000,000元 ÷ 160人 = 75000 元/人
        const perCapita = indicator(result, '人均产值');
        expect(perCapita.current).toBe(100000);
        expect(perCapita.previous).toBe(75000);
        expect(perCapita.growth.pct).toBeCloseTo(33.3333, 4); // 100000 ÷ 75000 − 1
        expect(perCapita.changePp).toBe(25000);
      });

      it('converts the numerator to the denominator’s unit (亿元 ÷ 万元 × 100)', () => {
        // 1亿元 = 10000万元 ÷ 1500万元 × 100 = 666.67%
        expect(indicator(result, '利润率').current).toBeCloseTo(666.6667, 4);
        expect(indicator(result, '利润率').previous).toBeNull();
      });

      it('falls back to the built-in recipe, else to empty, when a recipe names an unknown component', () => {
        const empty = consolidate(tables, {
          derivations: [
            { indicator: '人均产值', numerator: '不存在', denominator: '企业员工总数' },
            { indicator: '利润率', numerator: '不存在', denominator: '工业总产值', scale: 100 },
          ],
        });
        // 人均产值 has a built-in recipe (工业总产值 ÷ 企业员工总数); 利润率 has none.
        expect(indicator(empty, '人均产值').current).toBe(100000);
        expect(indicator(empty, '利润率').current).toBeNull();
        expect(issuesOf(empty, 'consolidate.non-additive-empty').map((i) => i.params)).toEqual([
          { indicator: '利润率' },
        ]);
      });
    });
  });

  describe('indicators missing in some townships', () => {
    const result = consolidate([
      statTable('甲', [output(100, 90), { label: '税收', unit: '万元', current: 5 }]),
      statTable('乙', [output(50, 40)]),
      statTable('丙', [
        output(10, 10),
        { label: '其中：规上产值', unit: '万元', current: 8 },
        { label: '税收', unit: '万元', current: 1 },
      ]),
    ]);

    it('lists them and emits indicator-partial once per indicator', () => {
      expect(indicator(result, '税收').missingIn).toEqual(['乙']);
      expect(indicator(result, '工业总产值>规上产值').missingIn).toEqual(['甲', '乙']);
      expect(issuesOf(result, 'consolidate.indicator-partial').map((i) => i.params)).toEqual([
        { indicator: '规上产值', count: 1, missing: '甲、乙' },
        { indicator: '税收', count: 2, missing: '乙' },
      ]);
    });

    it('keeps 其中 rows after their parent in the townships’ order', () => {
      expect(result.indicators.map((i) => i.key)).toEqual([
        '工业总产值',
        '工业总产值>规上产值',
        '税收',
      ]);
    });

    it('ranks and shares only among the townships reporting it', () => {
      const tax = indicator(result, '税收');
      expect(tax.townships.map((t) => [t.township, t.rank])).toEqual([
        ['甲', 1],
        ['丙', 2],
      ]);
      expect(tax.townships[1]?.sharePct).toBeCloseTo(16.6667, 4); // 1 ÷ 6
    });
  });

  describe('reported totals', () => {
    const township = (name: string, current: number) => statTable(name, [output(current, 1)]);
    const total = statTable('合计', [output(999, 1)], { role: 'total', period: HALF_YEAR });

    it('keeps total tables apart and never sums them', () => {
      const result = consolidate([total, township('甲', 10), township('乙', 20)]);
      expect(indicator(result, '工业总产值').current).toBe(30);
      expect(result.reportedTotals).toEqual([total]);
      expect(result.townships).toEqual(['甲', '乙']);
      expect(result.period).toEqual(HALF_YEAR); // the first table stating one
    });

    it('notes a total sheet with no indicator in common', () => {
      const other = statTable('汇总', [{ label: '别的指标', current: 1 }], { role: 'total' });
      const result = consolidate([township('甲', 10), other]);
      expect(issuesOf(result, 'consolidate.total-unmatched')).toEqual([
        {
          code: 'consolidate.total-unmatched',
          level: 'info',
          location: { sheet: '汇总' },
          params: { sheet: '汇总' },
        },
      ]);
    });

    it('returns an empty consolidation with an error when there is no township', () => {
      const result = consolidate([total]);
      expect(result).toEqual({
        townships: [],
        indicators: [],
        tables: [],
        reportedTotals: [total],
        period: HALF_YEAR,
        issues: [{ code: 'consolidate.no-township', level: 'error', location: {}, params: {} }],
      });
      expect(consolidate([]).issues.map((i) => i.code)).toEqual(['consolidate.no-township']);
    });
  });

  it('does not mutate its input tables', () => {
    const tables: StatTable[] = [
      statTable('甲', [output(120, 100), { label: '税收', unit: '亿元', current: 1 }]),
      statTable('乙', [output(90, 100), { label: '税收', unit: '万元', current: 5 }]),
    ];
    const copy = JSON.parse(JSON.stringify(tables)) as unknown;
    deepFreeze(tables); // any write would throw in strict mode
    consolidate(tables);
    expect(tables).toEqual(copy);
  });

  it('consolidates 1000 townships with mixed units correctly', () => {
    // timing belongs in a benchmark script; this checks the result at scale
    const specs = (t: number): RowSpec[] =>
      Array.from({ length: 20 }, (_, i) => ({
        label: `指标${i}`,
        unit: i === 0 && t % 2 === 1 ? '亿元' : '万元',
        current: i === 0 && t % 2 === 1 ? 0.0001 : 1.1, // 0.0001亿元 = 1万元
        previous: 1,
      }));
    const tables = Array.from({ length: 1000 }, (_, t) => statTable(`镇${t}`, specs(t)));
    const result = consolidate(tables);
    expect(result.indicators).toHaveLength(20);
    // 500 × 1.1 + 500 × 1 = 1050; others 1000 × 1.1 = 1100, growth 10%
    expect(result.indicators[0]?.current).toBe(1050);
    expect(result.indicators[1]?.current).toBe(1100);
    expect(result.indicators[1]?.growth.pct).toBe(10);
    expect(result.indicators[1]?.townships.every((t) => t.rank === 1)).toBe(true);
  });
});

describe('consolidate issues', () => {
  it('fill every placeholder of their catalogue message', () => {
    const result = consolidate(
      [
        statTable('甲', [
          { label: '工业总产值', unit: '亿元', current: 1, previous: 1 },
          { label: '入园企业数', unit: '家', current: 3 },
          { label: '税收', unit: '万元', current: 1 },
          { label: '研发投入强度', unit: '%', current: 2 },
          { label: '产值增速', unit: '%', current: 2 },
        ]),
        statTable('乙', [
          { label: '工业总产值', unit: '万元', current: 2 },
          { label: '入园企业数', unit: '个', current: 3 },
          { label: '税收', current: 1 },
        ]),
        statTable('丙', [{ label: '工业总产值', unit: '万元', current: 3, previous: 1 }]),
        statTable('合计', [{ label: '别的', current: 1 }], { role: 'total' }),
      ],
      { derivations: [] },
    );
    expect(new Set(codes(result))).toEqual(
      new Set([
        'consolidate.unit-converted',
        'consolidate.comparable-basis',
        'consolidate.unit-incompatible',
        'consolidate.indicator-partial',
        'consolidate.unit-assumed',
        'consolidate.non-additive-empty',
        'consolidate.total-unmatched',
      ]),
    );
    for (const found of result.issues) expect(formatIssue(found)).not.toMatch(/\{\w+\}/);
    expect(formatIssue(issuesOf(result, 'consolidate.unit-incompatible')[0] as Issue)).toBe(
      '指标“入园企业数”各乡镇的计量单位不能换算（家、个），乙 的数据未计入',
    );
  });

  it('applies a recipe named by key', () => {
    const rows: RowSpec[] = [
      { label: '销售收入', unit: '万元', current: 200, previous: 100 },
      { label: '其中：出口', unit: '万元', current: 50, previous: 10 },
      { label: '出口依存度', unit: '%', current: 1 },
    ];
    const result = consolidate([statTable('甲', rows), statTable('乙', rows)], {
      derivations: [
        {
          indicator: '出口依存度',
          numerator: '销售收入>出口',
          denominator: '销售收入',
          scale: 100,
        },
      ],
    });
    const rate = indicator(result, '出口依存度');
    // 100 ÷ 400 × 100 = 25 ; 20 ÷ 200 × 100 = 10 ; +15 points
    expect([rate.current, rate.previous, rate.changePp]).toEqual([25, 10, 15]);
    expect(rate.growth).toEqual({ pct: 150, reason: null });
  });
});

describe('consolidate on parsed sheets', () => {
  it('reads the numbers from the sheets’ blocks as it reads them from the rows', () => {
    const header = ['指标名称', '计量单位', '本期', '上年同期', '全年目标'];
    const parsed = parseWorkbooks([
      {
        sheets: [
          {
            name: '东城镇',
            rows: [header, ['工业总产值', '万元', 120.5, 100, 300], ['税收', '万元', 7, '—', null]],
          },
          {
            name: '西城镇',
            rows: [header, ['工业总产值', '亿元', 1.5, 1.2, 4], ['税收', '万元', 3, 2, null]],
          },
        ],
      },
    ]);
    // The same tables read back from JSON have no blocks: their rows' values are read.
    const plain = JSON.parse(JSON.stringify(parsed.tables)) as StatTable[];
    expect(rowNumbers(parsed.tables[0]?.rows ?? [])).toBeDefined();
    expect(rowNumbers(plain[0]?.rows ?? [])).toBeUndefined();
    const fromBlocks = consolidate(parsed.tables);
    expect(JSON.parse(JSON.stringify(fromBlocks))).toEqual(
      JSON.parse(JSON.stringify(consolidate(plain))),
    );
    // 工业总产值 in 万元: 120.5 + 15000 = 15120.5; 上年同期 100 + 12000 = 12100
    expect(fromBlocks.indicators[0]).toMatchObject({ current: 15120.5, previous: 12100 });
  });

  it("makes an indicator's figure objects only when they are read", () => {
    const header = ['指标名称', '计量单位', '本期', '上年同期'];
    const result = consolidate(
      parseWorkbooks([
        {
          sheets: [
            { name: '东城镇', rows: [header, ['工业总产值', '万元', 120, 100]] },
            { name: '西城镇', rows: [header, ['工业总产值', '万元', 80, 100]] },
          ],
        },
      ]).tables,
    );
    const first = result.indicators[0] as ConsolidatedIndicator;
    // The columns are there before any figure object is made…
    const numbers = indicatorNumbers(first);
    expect(numbers?.townships).toEqual(['东城镇', '西城镇']);
    expect(Array.from(numbers?.growthPct ?? [])).toEqual([20, -20]);
    expect(Array.from(numbers?.sharePct ?? [])).toEqual([60, 40]);
    expect(Array.from(numbers?.rank ?? [])).toEqual([1, 2]);
    expect(townshipCount(first)).toBe(2);
    // …and the objects, once read, are the same each time and read the same columns.
    const figures = first.townships;
    expect(first.townships).toBe(figures);
    expect(figureNumbers(figures)).toBe(numbers);
    expect(figures.map((f) => [f.township, f.current, f.growth.pct])).toEqual([
      ['东城镇', 120, 20],
      ['西城镇', 80, -20],
    ]);
    // A copy (spread, JSON) has them as a plain list.
    expect(JSON.parse(JSON.stringify(first)).townships).toHaveLength(2);
    expect({ ...first }.townships).toBe(figures);
  });
});
