import { growth } from '../compute/growth';
import { parseUnit } from '../model/unit';
import { deriveValue, indexComponents, type Component } from './derive';

function component(key: string, current: number, previous: number, unit = '万元'): Component {
  const parts = key.split('>');
  return {
    key,
    name: parts[parts.length - 1] ?? key,
    parentKey: parts.length > 1 ? parts.slice(0, -1).join('>') : null,
    additive: true,
    unit: parseUnit(unit),
    current,
    previous,
    growth: growth(current, previous),
    complete: { current: true, previous: true },
  };
}

const index = indexComponents([
  component('销售收入', 200, 100),
  component('销售收入>出口', 50, 10),
  component('利润总额', 1, 1, '亿元'),
  { ...component('利润率', 5, 4, '%'), additive: false },
]);

function target(key: string, unit: string | null = '%') {
  const parts = key.split('>');
  return {
    key,
    name: parts[parts.length - 1] ?? key,
    parentKey: parts.length > 1 ? parts.slice(0, -1).join('>') : null,
    unit: unit === null ? null : parseUnit(unit),
  };
}

describe('deriveValue', () => {
  it.each<[string, number | null, number | null]>([
    ['出口占销售收入比重', 25, 10], // 50 ÷ 200 × 100; 10 ÷ 100 × 100
    ['出口占销售收入的比重', 25, 10],
    ['出口占销售收入比例', 25, 10],
    ['销售收入>出口占比', 25, 10],
    ['出口占比', 25, 10], // a main-level row: 出口 is a 其中 item of 销售收入
    ['利润总额占销售收入比重', 5000, 10000], // 1亿元 = 10000万元: 10000 ÷ 200 × 100; 10000 ÷ 100 × 100
  ])('derives %s', (key, current, previous) => {
    const derived = deriveValue(target(key), index, []);
    expect(derived).toMatchObject({ kind: 'ratio', current, previous });
  });

  it('derives X增速 from the growth of X', () => {
    // 200 ÷ 100 − 1 = 100%
    expect(deriveValue(target('销售收入增速'), index, [])).toMatchObject({
      kind: 'growth',
      current: 100,
    });
  });

  it.each<[string]>([
    ['出口占工业总产值比重'], // whole unknown
    ['进口占比'], // 进口 unknown
    ['销售收入占比'], // 销售收入 is no 其中 item: a share of what?
    ['利润率占销售收入比重'], // a non-additive part
    ['利润率增速'], // growth of a rate
    ['平均工资'],
  ])('gives null for %s', (key) => {
    expect(deriveValue(target(key), index, [])).toBeNull();
  });

  it('prefers a user recipe, by name or key, with its scale', () => {
    const recipe = {
      indicator: '出口依存度',
      numerator: '销售收入>出口',
      denominator: '销售收入',
      scale: 1000,
    };
    expect(deriveValue(target('出口依存度', '‰'), index, [recipe])).toMatchObject({
      current: 250, // 50 ÷ 200 × 1000
      previous: 100,
    });
  });

  it('gives null ratios where the denominator is not positive', () => {
    const zero = indexComponents([component('A', 5, 5), component('B', 0, -1)]);
    const recipe = { indicator: 'R', numerator: 'A', denominator: 'B' };
    expect(deriveValue(target('R', null), zero, [recipe])).toMatchObject({
      current: null,
      previous: null,
    });
  });
});
