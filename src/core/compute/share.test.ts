import { share } from './share';

describe('share', () => {
  it.each<[number, number, number]>([
    [25, 100, 25],
    [1, 4, 25],
    [0, 50, 0],
    [150, 100, 150], // a part larger than its whole is reported, not hidden (audit flags it)
  ])('gives %p of %p as %p%%', (part, whole, pct) => {
    expect(share(part, whole)).toBe(pct);
  });

  it('computes seed document 4: 111500 of 135000 is 82.6%, not 85%', () => {
    // 111500 × 100 ÷ 135000 = 82.5925…
    expect(share(111500, 135000)).toBeCloseTo(82.5926, 4);
  });

  it.each<[number | null, number | null]>([
    [5, 0],
    [5, -10],
    [null, 10],
    [10, null],
  ])('returns null for %p of %p', (part, whole) => {
    expect(share(part, whole)).toBeNull();
  });
});
