import { parseUnit, type Unit } from '../../model';
import { en, zhCN } from '../locale';
import {
  completionPhrase,
  figure,
  growthPhrase,
  moneyPhrase,
  numberText,
  percentChangePhrase,
  percentText,
  pointsPhrase,
  profitOrLossPhrase,
  quantityPhrase,
  rankAmongPhrase,
  rankLeadPhrase,
  respectivelyPhrase,
  schedulePhrase,
  sharePhrase,
  tidyParagraph,
  words,
  type RespectivelyItem,
} from '.';

function unit(symbol: string): Unit {
  const u = parseUnit(symbol);
  if (u === null) throw new Error(`unknown unit ${symbol}`);
  return u;
}
const wan = unit('万元');

describe('numberText', () => {
  it.each([
    [18.5, 2, '18.5'],
    [11.15, 2, '11.15'],
    [8, 2, '8'],
    [1.005, 2, '1.01'], // half-up on the decimal value, not on the binary double
    [5.05, 1, '5.1'],
    [-0.004, 2, '0'],
    [-3.25, 1, '-3.3'],
    [Number.NaN, 1, '—'],
  ])('writes %p with %p decimals as %p', (value, decimals, expected) => {
    expect(numberText(value, decimals)).toBe(expected);
  });
  it('groups thousands when asked', () => {
    expect(numberText(1234567.5, 2, true)).toBe('1,234,567.5');
  });
});

describe('percentText', () => {
  it.each([
    [5, '5%'],
    [5.0, '5%'],
    [5.0568, '5.1%'],
    [82.5926, '82.6%'],
    [0.04, '0%'],
  ])('writes %p as %p', (pct, expected) => {
    expect(percentText(pct)).toBe(expected);
  });
});

describe('moneyPhrase', () => {
  it.each([
    [185000, '万元', '18.5亿元'],
    [111500, '万元', '11.15亿元'],
    [7500, '万元', '7500万元'],
    [8, '亿元', '8亿元'],
    [6.96, '亿元', '6.96亿元'],
    [14200, '万元', '1.42亿元'],
    [5300, '万元', '5300万元'],
    [1234.567, '万元', '1234.57万元'],
    [9999.996, '万元', '1亿元'], // rounding carries it into 亿元
    [9999.5, '万元', '9999.5万元'], // below 1亿元 stays in 万元
    [0.5, '万元', '5000元'],
    [75000000, '元', '7500万元'],
    [123456, '千元', '1.23亿元'],
    [-7500, '万元', '-7500万元'],
    [0, '万元', '0元'],
  ])('writes %p %s as %p', (value, symbol, expected) => {
    expect(moneyPhrase(value, unit(symbol), zhCN).text).toBe(expected);
  });
  it('keeps the exact value as the figure', () => {
    expect(moneyPhrase(185000, wan, zhCN).figures).toEqual([{ text: '18.5亿元', value: 185000 }]);
  });
  it('writes English money in million and billion yuan', () => {
    expect(moneyPhrase(185000, wan, en).text).toBe('1.85 billion yuan');
    expect(moneyPhrase(7500, wan, en).text).toBe('75 million yuan');
  });
});

describe('quantityPhrase', () => {
  it.each([
    [12000, '人', '12000人'],
    [150000, '人', '15万人'],
    [1.2, '万人', '12000人'],
    [53, '家', '53家'],
    [33, '个', '33个'],
    [1200.5, '亩', '1200.5亩'],
    [12.34, '%', '12.3%'],
    [3.21, '‰', '3.2‰'],
  ])('writes %p %s as %p', (value, symbol, expected) => {
    expect(quantityPhrase(value, unit(symbol), zhCN).text).toBe(expected);
  });
  it('writes a number without a unit, with the unit text when one was written', () => {
    expect(quantityPhrase(12.5, null, zhCN).text).toBe('12.5');
    expect(quantityPhrase(3, null, zhCN, '批次').text).toBe('3批次');
  });
  it('translates count units in English', () => {
    expect(quantityPhrase(12000, unit('人'), en).text).toBe('12,000 people');
    expect(quantityPhrase(53, unit('家'), en).text).toBe('53 firms');
  });
});

describe('profitOrLossPhrase', () => {
  it.each([
    [1286, '实现利润总额1286万元'],
    [0, '实现利润总额0元'],
    [-1286, '利润总额亏损1286万元'],
    [-25000, '利润总额亏损2.5亿元'],
    [-0.5, '利润总额亏损5000元'],
  ])('writes %p 万元 as %p', (value, expected) => {
    expect(profitOrLossPhrase(value, wan, zhCN, null, '利润总额').text).toBe(expected);
  });
  it('keeps the signed value as the figure, for its source cell', () => {
    const phrase = profitOrLossPhrase(-1286, wan, zhCN, null, '利润总额');
    expect(phrase.figures).toEqual([{ text: '1286万元', value: -1286 }]);
  });
  it('writes a unit that is not money, and English', () => {
    expect(profitOrLossPhrase(-3, null, zhCN, '百万元', '利润').text).toBe('利润亏损3百万元');
    expect(profitOrLossPhrase(-500, wan, en, null, '利润总额').text).toBe(
      'a loss of 5 million yuan',
    );
    expect(profitOrLossPhrase(500, wan, en, null, '利润总额').text).toBe(
      'a profit of 5 million yuan',
    );
  });
});

describe('growthPhrase', () => {
  it.each<[string, number | null, number | null, string | null]>([
    ['growth', 185000, 176000, '增长5.1%'],
    ['growth rounding to a whole percent', 135000, 128600, '增长5%'],
    ['decline, without a minus sign', 96.8, 100, '下降3.2%'],
    ['持平 below 0.05%', 100.04, 100, '持平'],
    ['持平 for a decline below 0.05%', 99.96, 100, '持平'],
    ['倍 from 100%', 250, 100, '增长1.5倍'],
    ['倍 for exactly 200%', 300, 100, '增长2倍'],
    ['倍 when rounding reaches 100%', 199.96, 100, '增长1倍'],
    ['an aside on a zero base, never 新增', 300, 0, '（上年同期为零）'],
    ['an aside on a zero base below zero, not 由盈转亏', -50, 0, '（上年同期为零）'],
    ['nothing when both are zero', 0, 0, null],
    ['扭亏为盈', 200, -100, '扭亏为盈'],
    ['nothing at exactly zero after a loss, not 扭亏为盈', 0, -100, null],
    ['nothing at exactly zero after a profit, not 下降100%', 0, 100, null],
    ['由盈转亏', -50, 100, '由盈转亏'],
    ['减亏 with the amount', -200, -500, '减亏300万元'],
    ['增亏 with the amount', -15000, -5000, '增亏1亿元'],
    ['loss unchanged', -500, -500, '持平'],
    ['nothing without last year', 100, null, null],
    ['nothing without this year', null, 100, null],
  ])('says %s', (_rule, current, previous, expected) => {
    expect(growthPhrase({ current, previous, unit: wan }, zhCN)?.text ?? null).toBe(expected);
  });
  it('prefers the growth already computed on a comparable basis', () => {
    expect(growthPhrase({ current: 200, previous: 100, pct: 4.2, unit: wan }, zhCN)?.text).toBe(
      '增长4.2%',
    );
  });
  it('uses the computed growth when the values are missing', () => {
    expect(growthPhrase({ current: null, previous: null, pct: -2, unit: wan }, zhCN)?.text).toBe(
      '下降2%',
    );
  });
  it.each<[number, number, number | null, string]>([
    [12.5, 11.7, null, '提高0.8个百分点'],
    [10.5, 11.7, null, '回落1.2个百分点'],
    [10.02, 10, null, '持平'],
    [50, 40, 2.5, '提高2.5个百分点'],
  ])(
    'says a rate %p after %p (changePp %p) in 个百分点: %p',
    (current, previous, changePp, expected) => {
      expect(growthPhrase({ current, previous, changePp, unit: unit('%') }, zhCN)?.text).toBe(
        expected,
      );
    },
  );
  it('keeps the growth value as the figure and the amount for lists', () => {
    const phrase = growthPhrase({ current: 185000, previous: 176000, unit: wan }, zhCN);
    expect(phrase?.figures).toEqual([{ text: '5.1%', value: (9000 * 100) / 176000 }]);
    expect(phrase?.amount?.text).toBe('5.1%');
    expect(phrase?.kind).toBe('up');
  });
  it('speaks English', () => {
    expect(percentChangePhrase(-3.2, en).text).toBe('down 3.2%');
    expect(percentChangePhrase(150, en).text).toBe('up 1.5 times');
  });
});

describe('pointsPhrase', () => {
  it.each([
    [0.8, '提高0.8个百分点'],
    [-1.2, '回落1.2个百分点'],
    [0.04, '持平'],
    [-0.04, '持平'],
  ])('says %p as %p', (pp, expected) => {
    expect(pointsPhrase(pp, zhCN).text).toBe(expected);
  });
});

describe('sharePhrase', () => {
  it.each<[number | null, number | null, string | null, string | null]>([
    [111500, 135000, null, '占82.6%'],
    [111500, 135000, '销售收入', '占销售收入的82.6%'],
    [50, 0, null, null],
    [null, 100, null, null],
  ])('says %p of %p (%p) as %p', (part, whole, name, expected) => {
    expect(sharePhrase(part, whole, zhCN, name)?.text ?? null).toBe(expected);
  });
});

describe('rank phrases', () => {
  it.each([
    [1, '居全县第一'],
    [2, '居全县第二'],
    [10, '居全县第十'],
    [12, '居全县第十二'],
  ])('says rank %p as %p', (rank, expected) => {
    expect(rankLeadPhrase(rank, '全县', zhCN).text).toBe(expected);
  });
  it('says a rank among the townships in Arabic digits', () => {
    expect(rankAmongPhrase(3, 12, zhCN, '乡镇').text).toBe('在12个乡镇中位列第3位');
  });
  it('names the group word it is given: 园区, 街道', () => {
    expect(rankAmongPhrase(1, 3, zhCN, '园区').text).toBe('在3个园区中位列第1位');
    expect(rankAmongPhrase(2, 5, zhCN, '街道').text).toBe('在5个街道中位列第2位');
  });
  it('ranks among the units when the area is the bare group word: 居各园区首位', () => {
    const first = rankLeadPhrase(1, '园区', zhCN, '园区');
    expect(first.text).toBe('居各园区首位');
    expect(first.figures).toEqual([{ text: '首位', value: 1 }]);
    expect(rankLeadPhrase(2, '园区', zhCN, '园区').text).toBe('居各园区第二');
    expect(rankLeadPhrase(1, '园区', en, 'parks').text).toBe('ranking first among the parks');
  });
  it('uses English ordinals', () => {
    expect(rankLeadPhrase(2, 'the county', en).text).toBe('ranking 2nd in the county');
    expect(rankAmongPhrase(11, 12, en, 'townships').text).toBe('ranking 11th of 12 townships');
  });
});

describe('completion and schedule', () => {
  const half = { label: '上半年', year: 2025, months: 6 };
  const q3 = { label: '1-9月', year: 2025, months: 9 };
  it('says the completion of the annual target', () => {
    expect(completionPhrase(46.25, zhCN).text).toBe('完成全年目标的46.3%');
  });
  it.each([
    [52, half, '时间过半、任务过半'],
    [50, half, '时间过半、任务过半'],
    [46.3, half, '慢于时间进度3.7个百分点'],
    [46.25, half, '慢于时间进度3.7个百分点'], // from the completion as shown (46.3%)
    [80, q3, '快于时间进度5个百分点'],
    [70, q3, '慢于时间进度5个百分点'],
    [75.02, q3, '与时间进度持平'],
  ])('says completion %p in %o as %p', (pct, period, expected) => {
    expect(schedulePhrase(pct, period, zhCN)?.text).toBe(expected);
  });
  it('says nothing when the months are unknown', () => {
    expect(schedulePhrase(50, { label: '本期', year: null, months: null }, zhCN)).toBeNull();
    expect(schedulePhrase(50, null, zhCN)).toBeNull();
  });
});

describe('respectivelyPhrase', () => {
  const item = (label: string, text: string, pct: number | null): RespectivelyItem => ({
    label,
    value: figure(text, 0),
    change: pct === null ? null : percentChangePhrase(pct, zhCN),
  });
  it.each<[string, RespectivelyItem[], string]>([
    [
      'all rising share one verb',
      [
        item('产值', '57.2亿元', 40.5),
        item('销售', '54.9亿元', 41.6),
        item('利润', '1.42亿元', 45),
        item('技改用款', '6.2亿元', 47.6),
      ],
      '产值57.2亿元、销售54.9亿元、利润1.42亿元、技改用款6.2亿元，同比分别增长40.5%、41.6%、45%、47.6%',
    ],
    [
      'all falling share one verb',
      [item('产值', '5亿元', -3), item('销售', '4亿元', -4.25)],
      '产值5亿元、销售4亿元，同比分别下降3%、4.3%',
    ],
    [
      'mixed signs split into clauses',
      [
        item('产值', '57.2亿元', 40.5),
        item('利润', '1.42亿元', -3),
        item('销售', '54.9亿元', 41.6),
      ],
      '产值57.2亿元、销售54.9亿元，同比分别增长40.5%、41.6%；利润1.42亿元，同比下降3%',
    ],
    [
      '持平 and missing growth stand alone',
      [item('产值', '5亿元', 0.01), item('销售', '4亿元', null), item('利润', '1亿元', 5)],
      '产值5亿元，同比持平；销售4亿元；利润1亿元，同比增长5%',
    ],
    [
      '倍 joins the rising group',
      [item('产值', '5亿元', 150), item('销售', '4亿元', 20)],
      '产值5亿元、销售4亿元，同比分别增长1.5倍、20%',
    ],
    ['a single item has no 分别', [item('产值', '5亿元', 5)], '产值5亿元，同比增长5%'],
    ['no item says nothing', [], ''],
  ])('%s', (_rule, items, expected) => {
    expect(respectivelyPhrase(items, zhCN).text).toBe(expected);
  });
  it('does not mutate its input', () => {
    const items = [item('产值', '5亿元', 5), item('利润', '1亿元', -5)];
    const copy = JSON.parse(JSON.stringify(items));
    respectivelyPhrase(items, zhCN);
    expect(JSON.parse(JSON.stringify(items))).toEqual(copy);
  });
});

describe('tidyParagraph', () => {
  it.each([
    ['园区实现产值18.5亿元；销售收入13.5亿元', '园区实现产值18.5亿元；销售收入13.5亿元。'],
    ['；园区实现产值18.5亿元，；；销售收入13.5亿元；', '园区实现产值18.5亿元；销售收入13.5亿元。'],
    ['甲，，乙、，丙。', '甲，乙，丙。'],
    ['甲（）乙，。', '甲乙。'],
    ['，；', ''],
    ['', ''],
  ])('tidies %p to %p', (text, expected) => {
    expect(tidyParagraph(text, zhCN)).toBe(expected);
  });
  it('ends English paragraphs with a full stop', () => {
    expect(tidyParagraph('Output grew, ; sales fell; ', en)).toBe('Output grew; sales fell.');
  });
  it('keeps words intact', () => {
    expect(words('持平').text).toBe('持平');
  });
});
