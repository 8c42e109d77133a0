import { convertible, parseUnit } from './unit';

describe('parseUnit', () => {
  it.each([
    ['万元', '万元', 'money', 1e4, true],
    ['（亿元）', '亿元', 'money', 1e8, true],
    ['单位：千元', '千元', 'money', 1e3, true],
    [' 元 ', '元', 'money', 1, true],
    ['万人', '万人', 'people', 1e4, true],
    ['人', '人', 'people', 1, true],
    ['㎡', '平方米', 'area', 1, true],
    ['万平方米', '万平方米', 'area', 1e4, true],
    ['公顷', '公顷', 'land', 15, true],
    ['亩', '亩', 'land', 1, true],
    ['KM', '公里', 'length', 1000, true],
    ['万千瓦时', '万千瓦时', 'energy', 1e4, true],
    ['吨标准煤', '吨标准煤', 'coal', 1, true],
    ['家', '家', 'count', 1, true],
    ['项', '项', 'count', 1, true],
    ['％', '%', 'percent', 1, false],
    ['‰', '‰', 'permille', 1, false],
    ['元/人', '元/人', 'compound', 1, false],
    ['万元／亩', '万元/亩', 'compound', 1, false],
    ['万美元', '万美元', 'other', 1e4, true],
  ])('reads %j as %s', (text, symbol, family, factor, additive) => {
    expect(parseUnit(text)).toEqual({ symbol, family, factor, additive });
  });

  it.each(['', '  ', '斤斤', '含税'])('returns null for %j', (text) => {
    expect(parseUnit(text)).toBeNull();
  });
});

describe('convertible', () => {
  const unit = (text: string) => {
    const u = parseUnit(text);
    if (!u) throw new Error(text);
    return u;
  };
  it.each([
    ['元', '亿元', true],
    ['公顷', '亩', true],
    ['人', '万人', true],
    ['家', '家', true],
    ['家', '个', false],
    ['万元', '万美元', false],
    ['万元', '人', false],
    ['元/人', '元/人', true],
    ['元/人', '万元/人', false],
  ])('%s -> %s is %s', (from, to, expected) => {
    expect(convertible(unit(from), unit(to))).toBe(expected);
  });
});
