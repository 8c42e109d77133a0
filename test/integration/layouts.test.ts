/**
 * Layout fixtures through the real xlsx host and pipeline, against hand-computed totals.
 * Growth = Σ本期 ÷ Σ上年同期 − 1, in percent.
 */
import { FIXTURES } from '../fixtures/make-fixtures';
import { indicator, issuesOf, runFixture, township } from './run-fixture';
import type { PipelineResult } from '../../src/core/pipeline';

describe('01 plain layout', () => {
  let result: PipelineResult;
  beforeAll(async () => {
    result = await runFixture(FIXTURES.plain);
  });

  it('finds the three townships in sheet order', () => {
    expect(result.consolidation.townships).toEqual(['东城镇', '西河镇', '南湖街道']);
  });

  it('sums 工业总产值 and recomputes its growth', () => {
    const output = indicator(result, '工业总产值');
    // 本期 = 1200 + 850.5 + 3000 = 5050.5; 上年同期 = 1000 + 800 + 2800 = 4600
    expect(output.current).toBeCloseTo(5050.5, 6);
    expect(output.previous).toBeCloseTo(4600, 6);
    // growth = 5050.5 / 4600 − 1 = 9.7934…%
    expect(output.growth.pct).toBeCloseTo(9.7935, 3);
    // 全年目标 = 2500 + 2000 + 6000 = 10500; completion = 5050.5 / 10500 = 48.1%
    expect(output.target).toBeCloseTo(10500, 6);
    expect(output.completionPct).toBeCloseTo(48.1, 1);
    expect(output.unit?.symbol).toBe('万元');
  });

  it('computes share, rank, pull and contribution per township', () => {
    const output = indicator(result, '工业总产值');
    const nanhu = township(output, '南湖街道');
    // share = 3000 / 5050.5 = 59.400%
    expect(nanhu.sharePct).toBeCloseTo(59.4, 2);
    expect(nanhu.rank).toBe(1);
    expect(township(output, '东城镇').rank).toBe(2);
    expect(township(output, '西河镇').rank).toBe(3);
    // pull = (3000 − 2800) / 4600 = 4.348 pp; contribution = 200 / 450.5 = 44.395%
    expect(nanhu.pullPp).toBeCloseTo(4.3478, 3);
    expect(nanhu.contributionPct).toBeCloseTo(44.395, 2);
    // own growth = 3000 / 2800 − 1 = 7.143%; completion = 3000 / 6000 = 50%
    expect(nanhu.growth.pct).toBeCloseTo(7.1429, 3);
    expect(nanhu.completionPct).toBeCloseTo(50, 6);
    // 西河镇 share = 850.5 / 5050.5 = 16.840%
    expect(township(output, '西河镇').sharePct).toBeCloseTo(16.8399, 3);
  });

  it.each([
    // key, Σ本期, Σ上年同期, growth %
    ['工业总产值>规模以上工业产值', 900 + 600 + 2500, 800 + 550 + 2200, (4000 / 3550 - 1) * 100], // 12.676
    ['销售收入', 1100 + 800 + 2900, 1000 + 700 + 2600, (4800 / 4300 - 1) * 100], // 11.628
    ['工商税收', 60 + 40 + 150, 50 + 45 + 140, (250 / 235 - 1) * 100], // 6.383
    ['企业员工总数', 500 + 300 + 1200, 480 + 300 + 1100, (2000 / 1880 - 1) * 100], // 6.383
    ['入园企业数', 20 + 12 + 35, 18 + 12 + 30, (67 / 60 - 1) * 100], // 11.667
  ])('sums %s', (key, current, previous, growth) => {
    const ind = indicator(result, key);
    expect(ind.current).toBeCloseTo(current, 6);
    expect(ind.previous).toBeCloseTo(previous, 6);
    expect(ind.growth.pct).toBeCloseTo(growth, 3);
  });

  it('keeps the 其中 row under its parent', () => {
    const above = indicator(result, '工业总产值>规模以上工业产值');
    expect(above.level).toBe(1);
    expect(above.parentKey).toBe('工业总产值');
    const keys = result.consolidation.indicators.map((i) => i.key);
    expect(keys.indexOf('工业总产值>规模以上工业产值')).toBe(keys.indexOf('工业总产值') + 1);
  });

  it('reports no error-level issue', () => {
    expect(result.issues.filter((i) => i.level === 'error')).toEqual([]);
  });

  it('writes 汇总 and 分乡镇 sheets', () => {
    const names = result.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['汇总', '分乡镇']));
  });
});

describe('02 merged title rows and blank rows above the header', () => {
  let result: PipelineResult;
  beforeAll(async () => {
    result = await runFixture(FIXTURES.titleMerged);
  });

  it('finds the header on row 6 and sums', () => {
    expect(result.tables.map((t) => t.layout.headerRow)).toEqual([5, 5]);
    // 工业总产值 100 + 200 = 300 / 80 + 160 = 240 -> +25%
    const output = indicator(result, '工业总产值');
    expect(output.current).toBeCloseTo(300, 6);
    expect(output.growth.pct).toBeCloseTo(25, 6);
    // 销售收入 90 + 180 = 270 / 75 + 150 = 225 -> +20%
    expect(indicator(result, '销售收入').growth.pct).toBeCloseTo(20, 6);
    // 工商税收 5 + 7 = 12 / 4 + 6 = 10 -> +20%
    expect(indicator(result, '工商税收').growth.pct).toBeCloseTo(20, 6);
  });

  it('sums a loss: 利润总额 10 + (−5) = 5 / 8 + 2 = 10 -> −50%', () => {
    const profit = indicator(result, '利润总额');
    expect(profit.current).toBeCloseTo(5, 6);
    expect(profit.previous).toBeCloseTo(10, 6);
    expect(profit.growth.pct).toBeCloseTo(-50, 6);
  });

  it('reads the period from the second title row', () => {
    expect(result.consolidation.period?.year).toBe(2025);
    expect(result.consolidation.period?.months).toBe(6);
  });
});

describe('03 renamed and reordered columns', () => {
  let result: PipelineResult;
  beforeAll(async () => {
    result = await runFixture(FIXTURES.renamedColumns);
  });

  it('maps 1-6月 / 本年累计 and 去年同期 / 上年同期数 to the same columns', () => {
    // 工业总产值 400 + 600 = 1000 / 320 + 480 = 800 -> +25%
    const output = indicator(result, '工业总产值');
    expect(output.current).toBeCloseTo(1000, 6);
    expect(output.previous).toBeCloseTo(800, 6);
    expect(output.growth.pct).toBeCloseTo(25, 6);
    // 计划 1000 + 全年计划 1500 = 2500; completion = 1000 / 2500 = 40%
    expect(output.target).toBeCloseTo(2500, 6);
    expect(output.completionPct).toBeCloseTo(40, 6);
  });

  it.each([
    ['销售收入', 380 + 520, 300 + 450], // 900 / 750 -> +20%
    ['工商税收', 20 + 30, 16 + 24], // 50 / 40 -> +25%
    ['企业员工总数', 100 + 150, 90 + 160], // 250 / 250 -> 0%
  ])('sums %s', (key, current, previous) => {
    const ind = indicator(result, key);
    expect(ind.current).toBeCloseTo(current, 6);
    expect(ind.previous).toBeCloseTo(previous, 6);
    expect(ind.growth.pct).toBeCloseTo((current / previous - 1) * 100, 6);
  });

  it('reads the reported growth from 增幅 / 增速', () => {
    const dongcheng = result.tables.find((t) => t.unitName === '东城镇');
    expect(dongcheng?.rows.find((r) => r.name === '销售收入')?.values.growth).toBeCloseTo(26.7, 6);
    const xihe = result.tables.find((t) => t.unitName === '西河镇');
    expect(xihe?.rows.find((r) => r.name === '企业员工总数')?.values.growth).toBeCloseTo(-6.3, 6);
  });
});

describe('04 units in the labels, no unit column', () => {
  let result: PipelineResult;
  beforeAll(async () => {
    result = await runFixture(FIXTURES.unitInLabel);
  });

  it('strips the unit from the label and keeps it as the unit', () => {
    const output = indicator(result, '工业总产值');
    expect(output.unit?.symbol).toBe('万元');
    // 500 + 300 = 800 / 400 + 250 = 650 -> +23.077%
    expect(output.current).toBeCloseTo(800, 6);
    expect(output.growth.pct).toBeCloseTo(23.0769, 3);
  });

  it('matches （人） and (人), （家） and (家)', () => {
    const employees = indicator(result, '企业员工总数');
    expect(employees.unit?.symbol).toBe('人');
    // 200 + 100 = 300 / 180 + 100 = 280 -> +7.143%
    expect(employees.current).toBeCloseTo(300, 6);
    expect(employees.growth.pct).toBeCloseTo(7.1429, 3);
    const firms = indicator(result, '入园企业数');
    // 10 + 5 = 15 / 8 + 5 = 13 -> +15.385%
    expect(firms.current).toBeCloseTo(15, 6);
    expect(firms.growth.pct).toBeCloseTo(15.3846, 3);
    expect(result.consolidation.indicators).toHaveLength(3);
  });
});

describe('05 a sheet-level 单位：亿元 next to townships in 万元', () => {
  let result: PipelineResult;
  beforeAll(async () => {
    result = await runFixture(FIXTURES.sheetUnit);
  });

  it('converts 东城镇 from 亿元 to 万元 before summing', () => {
    const output = indicator(result, '工业总产值');
    expect(output.unit?.symbol).toBe('万元');
    // 1.2亿元 = 12000万元: 12000 + 8000 + 2000 = 22000 / 10000 + 7000 + 1500 = 18500
    expect(output.current).toBeCloseTo(22000, 4);
    expect(output.previous).toBeCloseTo(18500, 4);
    expect(output.growth.pct).toBeCloseTo((22000 / 18500 - 1) * 100, 3); // 18.919
    expect(township(output, '东城镇').current).toBeCloseTo(12000, 4);
  });

  it.each([
    ['销售收入', 11000 + 7000 + 1800, 9000 + 6000 + 1400], // 19800 / 16400
    ['工商税收', 500 + 300 + 100, 400 + 250 + 90], // 900 / 740
  ])('sums %s in 万元', (key, current, previous) => {
    const ind = indicator(result, key);
    expect(ind.current).toBeCloseTo(current, 4);
    expect(ind.previous).toBeCloseTo(previous, 4);
  });

  it('lets a unit in the label override the sheet unit', () => {
    const employees = indicator(result, '企业员工总数');
    // 300 + 200 + 100 = 600 / 280 + 200 + 90 = 570
    expect(employees.unit?.symbol).toBe('人');
    expect(employees.current).toBeCloseTo(600, 6);
    expect(employees.previous).toBeCloseTo(570, 6);
  });

  it('tells the user about the conversion', () => {
    expect(
      issuesOf(result, 'consolidate.unit-converted', { sheet: '东城镇' }).length,
    ).toBeGreaterThan(0);
  });
});

describe('06 traditional-Chinese labels', () => {
  let result: PipelineResult;
  beforeAll(async () => {
    result = await runFixture(FIXTURES.traditional);
  });

  it('matches 工業總產值, 銷售收入 and 工商稅收 to the simplified labels', () => {
    expect(result.consolidation.indicators.map((i) => i.key)).toEqual([
      '工业总产值',
      '销售收入',
      '工商税收',
    ]);
    expect(issuesOf(result, 'consolidate.indicator-unmatched')).toEqual([]);
  });

  it.each([
    ['工业总产值', 100 + 50, 90 + 40], // 150 / 130 -> +15.385%
    ['销售收入', 80 + 45, 70 + 35], // 125 / 105 -> +19.048%
    ['工商税收', 10 + 5, 8 + 4], // 15 / 12 -> +25%
  ])('sums %s across both scripts', (key, current, previous) => {
    const ind = indicator(result, key);
    expect(ind.townships).toHaveLength(2);
    expect(ind.current).toBeCloseTo(current, 6);
    expect(ind.growth.pct).toBeCloseTo((current / previous - 1) * 100, 3);
  });
});

describe('10 hierarchy by indent, leading spaces, 其中: and #', () => {
  let result: PipelineResult;
  beforeAll(async () => {
    result = await runFixture(FIXTURES.hierarchy);
  });

  it('puts every child under its parent in every township', () => {
    for (const table of result.tables) {
      const levels = table.rows.map((r) => [r.name, r.level]);
      expect(levels).toEqual([
        ['工业总产值', 0],
        ['规模以上工业产值', 1],
        ['高新技术产业产值', 1],
        ['销售收入', 0],
        ['玻璃产品销售收入', 1],
      ]);
    }
  });

  it.each([
    ['工业总产值', 1000 + 500 + 200, 800 + 400 + 180], // 1700 / 1380 -> +23.188%
    ['工业总产值>规模以上工业产值', 700 + 400 + 150, 600 + 300 + 140], // 1250 / 1040
    ['工业总产值>高新技术产业产值', 300 + 100 + 50, 250 + 90 + 40], // 450 / 380
    ['销售收入', 900 + 480 + 190, 700 + 380 + 170], // 1570 / 1250 -> +25.6%
    ['销售收入>玻璃产品销售收入', 450 + 200 + 95, 400 + 150 + 80], // 745 / 630
  ])('sums %s', (key, current, previous) => {
    const ind = indicator(result, key);
    expect(ind.townships).toHaveLength(3);
    expect(ind.current).toBeCloseTo(current, 6);
    expect(ind.previous).toBeCloseTo(previous, 6);
  });

  it('gives the share of a 其中 item in its parent: 1250 / 1700 = 73.53%', () => {
    const parent = indicator(result, '工业总产值');
    const child = indicator(result, '工业总产值>规模以上工业产值');
    expect(child.parentKey).toBe('工业总产值');
    expect(((child.current ?? 0) / (parent.current ?? 1)) * 100).toBeCloseTo(73.5294, 3);
  });
});

describe('12 mixed units across townships', () => {
  let result: PipelineResult;
  beforeAll(async () => {
    result = await runFixture(FIXTURES.mixedUnits);
  });

  it('sums 元, 万元 and 亿元 in the majority unit 万元', () => {
    const output = indicator(result, '工业总产值');
    expect(output.unit?.symbol).toBe('万元');
    // 12,000,000元 = 1200万元; 0.5亿元 = 5000万元
    // 本期 = 1200 + 800 + 5000 + 1000 = 8000; 上年同期 = 1000 + 700 + 4000 + 900 = 6600
    expect(output.current).toBeCloseTo(8000, 4);
    expect(output.previous).toBeCloseTo(6600, 4);
    // growth = 8000 / 6600 − 1 = 21.212%
    expect(output.growth.pct).toBeCloseTo(21.2121, 3);
    // 南湖街道 share = 5000 / 8000 = 62.5%
    expect(township(output, '南湖街道').sharePct).toBeCloseTo(62.5, 4);
  });

  it('sums 公顷 and 亩 in 亩 (1 公顷 = 15 亩)', () => {
    const land = indicator(result, '园区用地');
    expect(land.unit?.symbol).toBe('亩');
    // 本期 = 10×15 + 300 + 500 + 300 = 1250; 上年同期 = 150 + 280 + 500 + 270 = 1200
    expect(land.current).toBeCloseTo(1250, 4);
    expect(land.previous).toBeCloseTo(1200, 4);
    expect(land.growth.pct).toBeCloseTo(4.1667, 3);
  });

  it('sums 人 and 万人 in 人', () => {
    const employees = indicator(result, '企业员工总数');
    // 100 + 0.02×10000 + 300 + 400 = 1000; 100 + 200 + 250 + 350 = 900
    expect(employees.current).toBeCloseTo(1000, 4);
    expect(employees.previous).toBeCloseTo(900, 4);
  });

  it('notes each conversion', () => {
    expect(
      issuesOf(result, 'consolidate.unit-converted', { sheet: '东城镇' }).length,
    ).toBeGreaterThan(0);
    expect(
      issuesOf(result, 'consolidate.unit-converted', { sheet: '南湖街道' }).length,
    ).toBeGreaterThan(0);
  });
});

describe('13 two-row headers: group headers merged across, the columns named under them', () => {
  let result: PipelineResult;
  beforeAll(async () => {
    result = await runFixture(FIXTURES.twoRowHeader);
  });

  it('reads every column of both layouts and starts the rows under the second header row', () => {
    const [east, west] = result.tables;
    // 东城镇: 本期 over 绝对数 | 增长%, 上年同期 over 绝对数, 全年目标 and 完成目标(%) merged down.
    expect(east?.layout).toMatchObject({
      headerRow: 1,
      headerRows: 2,
      values: { current: 2, growth: 3, previous: 4, target: 5, completion: 6 },
    });
    // 西河镇: 2025年1-6月 over 本期 | 上年同期 | 增长(%), 全年 over 目标 | 完成(%).
    expect(west?.layout).toMatchObject({
      headerRow: 0,
      headerRows: 2,
      values: { current: 2, previous: 3, growth: 4, target: 5, completion: 6 },
    });
    expect(west?.layout.headerText.current).toBe('2025年1-6月 本期');
    expect(result.tables.map((t) => t.rows.map((r) => r.labelCell))).toEqual([
      ['A4', 'A5'],
      ['A3', 'A4'],
    ]);
  });

  it('sums 本期, 上年同期 and 全年目标, and recomputes growth and completion', () => {
    const output = indicator(result, '工业总产值');
    // 本期 1200 + 850 = 2050; 上年同期 1000 + 800 = 1800 -> +13.889%
    expect(output.current).toBeCloseTo(2050, 6);
    expect(output.previous).toBeCloseTo(1800, 6);
    expect(output.growth.pct).toBeCloseTo(13.8889, 3);
    // 全年目标 2500 + 2000 = 4500; completion 2050 / 4500 = 45.556%
    expect(output.target).toBeCloseTo(4500, 6);
    expect(output.completionPct).toBeCloseTo(45.5556, 3);
    // 销售收入 1100 + 800 = 1900 / 1000 + 700 = 1700 -> +11.765%
    expect(indicator(result, '销售收入').growth.pct).toBeCloseTo(11.7647, 3);
  });

  it('takes the period from the group header when there is no title, and finds no fault', () => {
    expect(result.tables.map((t) => t.period?.label)).toEqual(['1-6月', '1-6月']);
    // The reported growth and completion columns are read, and agree with the figures.
    expect(result.findings.filter((f) => f.level !== 'info')).toEqual([]);
    expect(result.issues.filter((i) => i.level === 'error')).toEqual([]);
  });
});
