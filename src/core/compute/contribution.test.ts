import { exactSum } from './numeric-policy';
import { contributionPct, pullPp, type Flow } from './contribution';
import { growth } from './growth';

describe('pullPp', () => {
  it.each<[Flow, Flow, number | null]>([
    // (120 − 100) ÷ 250 × 100 = 8
    [{ current: 120, previous: 100 }, { current: 300, previous: 250 }, 8],
    // (90 − 100) ÷ 250 × 100 = −4
    [{ current: 90, previous: 100 }, { current: 300, previous: 250 }, -4],
    [{ current: 120, previous: null }, { current: 300, previous: 250 }, null],
    [{ current: 120, previous: 100 }, { current: 300, previous: 0 }, null],
    [{ current: 120, previous: 100 }, { current: 300, previous: -5 }, null],
  ])('gives %o within %o as %p', (part, total, expected) => {
    expect(pullPp(part, total)).toBe(expected);
  });
});

describe('contributionPct', () => {
  it.each<[Flow, Flow, number | null]>([
    // +20 of +50 = 40%
    [{ current: 120, previous: 100 }, { current: 300, previous: 250 }, 40],
    // −10 of +50 = −20%
    [{ current: 90, previous: 100 }, { current: 300, previous: 250 }, -20],
    // total unchanged: no contribution rate
    [{ current: 120, previous: 100 }, { current: 250, previous: 250 }, null],
    [{ current: null, previous: 100 }, { current: 300, previous: 250 }, null],
  ])('gives %o within %o as %p', (part, total, expected) => {
    expect(contributionPct(part, total)).toBe(expected);
  });
});

describe('拉动 and 贡献率 add up', () => {
  // three townships: +20, −10, +40 over bases 100, 100, 50; total 300 over 250 (+50)
  const parts: Flow[] = [
    { current: 120, previous: 100 },
    { current: 90, previous: 100 },
    { current: 90, previous: 50 },
  ];
  const total: Flow = { current: 300, previous: 250 };

  it('pulls sum to the total growth (20, −10, 40 ÷ 250 × 100 = 8, −4, 16; 50 ÷ 250 = 20%)', () => {
    const pulls = parts.map((p) => pullPp(p, total) ?? Number.NaN);
    expect(pulls).toEqual([8, -4, 16]);
    expect(growth(300, 250).pct).toBe(20);
    expect(exactSum(pulls)).toBe(growth(300, 250).pct);
  });

  it('contributions sum to 100% (20/50, −10/50, 40/50 = 40, −20, 80)', () => {
    const contributions = parts.map((p) => contributionPct(p, total) ?? Number.NaN);
    expect(contributions).toEqual([40, -20, 80]);
    expect(exactSum(contributions)).toBe(100);
  });

  it('adds up with uneven figures too (20/60 etc.)', () => {
    const uneven: Flow[] = [
      { current: 120, previous: 100 },
      { current: 90, previous: 100 },
      { current: 100, previous: 50 },
    ];
    const sum: Flow = { current: 310, previous: 250 }; // +60
    const pulls = uneven.map((p) => pullPp(p, sum) ?? Number.NaN);
    const contributions = uneven.map((p) => contributionPct(p, sum) ?? Number.NaN);
    expect(pulls.reduce((a, b) => a + b, 0)).toBeCloseTo(24, 10); // 60 ÷ 250 × 100
    expect(contributions[0]).toBeCloseTo(33.3333, 4); // 20 ÷ 60 × 100
    expect(contributions.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
  });
});
