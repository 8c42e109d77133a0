import type { Growth } from '../model/consolidation';
import { increaseOf } from './contribution';
import { growth, growthOfIncrease } from './growth';

describe('growth', () => {
  it.each<[number, number, number]>([
    [120, 100, 20], // (120 − 100) × 100 ÷ 100 = 20, exactly
    [80, 100, -20], // (80 − 100) × 100 ÷ 100 = −20
    [100, 100, 0],
    [250, 100, 150], // 2.5 times: +150%
    [0, 100, -100],
    [-5, 100, -105], // a loss this year over a profit last year
    [6.6, 6, 10], // (6.6 − 6) exactly 0.6; 0.6 × 100 ÷ 6 = 10
  ])('gives %p over %p as %p%%', (current, previous, pct) => {
    expect(growth(current, previous)).toEqual({ pct, reason: null });
  });

  it('computes a seed figure: 185000 over 176000 is +5.11%', () => {
    // 9000 × 100 ÷ 176000 = 5.113636…
    const g = growth(185000, 176000);
    expect(g.reason).toBeNull();
    expect(g.pct).toBeCloseTo(5.1136364, 6);
  });

  it.each<[number | null, number | null, Growth]>([
    [5, 0, { pct: null, reason: 'zero-base' }],
    [0, 0, { pct: null, reason: 'zero-base' }],
    [5, -2, { pct: null, reason: 'negative-base' }],
    [null, 3, { pct: null, reason: 'missing' }],
    [3, null, { pct: null, reason: 'missing' }],
    [null, null, { pct: null, reason: 'missing' }],
    [Number.NaN, 3, { pct: null, reason: 'missing' }],
    [3, Infinity, { pct: null, reason: 'missing' }],
    [1e308, 1e-308, { pct: null, reason: 'zero-base' }], // would overflow to Infinity
  ])('returns null for %p over %p', (current, previous, expected) => {
    expect(growth(current, previous)).toEqual(expected);
  });
});

describe('growthOfIncrease', () => {
  it.each<[number | null, number | null]>([
    [120, 100],
    [6.6, 6],
    [0, 100],
    [5, 0],
    [5, -2],
    [null, 3],
    [3, null],
    [1e308, 1e-308],
  ])('gives what growth gives for %p over %p, from the increase', (current, previous) => {
    expect(growthOfIncrease(increaseOf(current, previous), previous)).toEqual(
      growth(current, previous),
    );
  });

  it('takes the increase as given', () => {
    expect(growthOfIncrease(30, 200)).toEqual({ pct: 15, reason: null });
    expect(growthOfIncrease(null, 200)).toEqual({ pct: null, reason: 'missing' });
  });
});
