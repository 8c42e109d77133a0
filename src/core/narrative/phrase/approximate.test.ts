import { parseUnit, type Unit } from '../../model';
import { chineseCount, en, zhCN } from '../locale';
import { approximatePhrase, countWordsPhrase, quantityParts } from '.';

function unit(symbol: string): Unit {
  const u = parseUnit(symbol);
  if (u === null) throw new Error(`unknown unit ${symbol}`);
  return u;
}

describe('quantityParts', () => {
  it.each([
    [185000, '万元', '18.5', '亿元'],
    [7500, '万元', '7500', '万元'],
    [8, '亿元', '8', '亿元'],
    [12000, '人', '12000', '人'],
    [123456, '人', '12.35', '万人'],
    [12.34, '%', '12.3', '%'],
    [53, '家', '53', '家'],
  ])('splits %p %p into %p and %p, as the value form writes them', (value, symbol, n, u) => {
    const parts = quantityParts(value, unit(symbol), zhCN);
    expect([parts.number, parts.unit]).toEqual([n, u]);
  });
  it('keeps an unrecognised unit as written', () => {
    expect(quantityParts(3, null, zhCN, '台套')).toMatchObject({ number: '3', unit: '台套' });
  });
});

describe('approximatePhrase', () => {
  it.each([
    // just above a round figure: 多 / 余
    [3512345, '元', 'more', '350多万元'],
    [55, '人', 'over', '50余人'],
    [23.4, '人', 'more', '20多人'],
    [204000, '万元', 'more', '20多亿元'],
    [1234, '万元', 'more', '1200多万元'],
    [34000, '万元', 'more', '3亿多元'],
    [123456, '人', 'over', '10余万人'],
    // just below (within 5%) a round figure of one significant digit: 近
    [19500, '万元', 'more', '近2亿元'],
    [980, '万元', 'more', '近1000万元'],
    [57, '人', 'over', '近60人'],
    // the exact value when no round figure fits
    [50, '人', 'over', '50人'],
    [7, '人', 'over', '7人'],
    [3.4, '家', 'more', '3.4家'],
    [0.5, '万元', 'more', '5000元'],
    [-350, '万元', 'more', '-350万元'],
    [0.1 + 0.2, '亿元', 'more', '3000万元'], // 0.30000000000000004亿元: 3000万元 exactly
    [2.9999999999999996, '亿元', 'more', '3亿元'],
    [12.34, '%', 'more', '12.3%'],
  ])('writes %p %p (%p) as %p', (value, symbol, word, expected) => {
    const phrase = approximatePhrase(value, unit(symbol), zhCN, null, word as 'more' | 'over');
    expect(phrase.text).toBe(expected);
    expect(phrase.figures).toEqual([{ text: expected, value }]);
  });

  it('is never wrong in the direction: 多 is above its figure, 近 below it', () => {
    for (let value = 1; value < 5000; value += 2.3) {
      const text = approximatePhrase(value, unit('个'), zhCN, null, 'more').text;
      const near = /^近(\d+)个$/.exec(text);
      const more = /^(\d+)多个$/.exec(text);
      if (near) {
        expect(value).toBeLessThan(Number(near[1]));
        expect(value).toBeGreaterThanOrEqual(Number(near[1]) * 0.95);
      } else if (more) expect(value).toBeGreaterThan(Number(more[1]));
      else expect(text).toMatch(/^[\d.]+个$/);
    }
  });

  it('speaks English', () => {
    expect(approximatePhrase(3512, unit('人'), en, null, 'more').text).toBe('over 3,500 people');
    expect(approximatePhrase(19500, unit('万元'), en, null, 'more').text).toBe(
      'nearly 200 million yuan',
    );
  });
});

describe('countWordsPhrase', () => {
  it.each([
    [2, '家', '两家'],
    [12, '个', '十二个'],
    [22, '家', '二十二家'],
    [5, '人', '五人'],
    [120, '家', '120家'],
    [2.5, '个', '2.5个'],
    [0, '家', '0家'],
    [2, '万元', '2万元'],
    [2, '%', '2%'],
  ])('writes %p %p as %p', (value, symbol, expected) => {
    expect(countWordsPhrase(value, unit(symbol), zhCN, null).text).toBe(expected);
  });
  it('writes a count of an unrecognised unit (条) as written', () => {
    expect(countWordsPhrase(4, null, zhCN, '条').text).toBe('四条');
  });
  it('keeps digits in English', () => {
    expect(countWordsPhrase(4, unit('家'), en, null).text).toBe('4 firms');
  });
  it('says 两 only for 2 itself', () => {
    expect([chineseCount(2), chineseCount(20), chineseCount(32)]).toEqual(['两', '二十', '三十二']);
  });
});
