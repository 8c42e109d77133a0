import { removeSpaces, toHalfWidth } from './text';

describe('toHalfWidth', () => {
  it('folds full-width ASCII and the ideographic space', () => {
    expect(toHalfWidth('１２，３４５')).toBe('12,345');
    expect(toHalfWidth('填报单位：东城镇　单位：万元')).toBe('填报单位:东城镇 单位:万元');
    expect(toHalfWidth('（2025年1－6月）')).toBe('(2025年1-6月)');
    expect(toHalfWidth('规模以上工业产值')).toBe('规模以上工业产值');
    expect(toHalfWidth('')).toBe('');
  });

  it('folds U+FF01 to U+FF5E and nothing just outside them', () => {
    expect(toHalfWidth('\uFF01\uFF5E')).toBe('!~');
    expect(toHalfWidth('\uFF00\uFF5F\u3001')).toBe('\uFF00\uFF5F\u3001');
    expect(toHalfWidth('𠀀：')).toBe('𠀀:');
  });
});

describe('removeSpaces', () => {
  it('removes every kind of space and line break', () => {
    expect(removeSpaces(' 本 期\n数\u3000\u00A0\uFEFF ')).toBe('本期数');
  });
});
