import type { Period } from '../model/period';
import { elapsedShare, onSchedule } from './schedule';

function months(n: number | null): Period {
  return { label: 'x', year: 2025, months: n };
}

describe('elapsedShare', () => {
  it.each<[Period | null, number | null]>([
    [months(6), 0.5],
    [months(12), 1],
    [months(3), 0.25],
    [months(null), null],
    [months(0), null],
    [months(13), null],
    [null, null],
  ])('gives %o as %p', (period, expected) => {
    expect(elapsedShare(period)).toBe(expected);
  });
});

describe('onSchedule', () => {
  it.each<[number | null, Period | null, boolean | null]>([
    [50, months(6), true], // 50 ≥ 6 ÷ 12 × 100
    [46.3, months(6), false],
    [60, months(6), true],
    [100 / 3, months(4), true], // 33.33… ≥ 4 ÷ 12 × 100 despite float noise
    [33.3, months(4), false],
    [null, months(6), null],
    [50, months(null), null],
    [50, null, null],
  ])('says %p%% in %o is %p', (pct, period, expected) => {
    expect(onSchedule(pct, period)).toBe(expected);
  });
});
