import { completion } from './completion';

describe('completion', () => {
  it.each<[number | null, number | null, number | null]>([
    [185000, 400000, 46.25], // 185000 × 100 ÷ 400000
    [500, 400, 125],
    [0, 400, 0],
    [10, 0, null],
    [10, -3, null],
    [null, 400, null],
    [10, null, null],
  ])('gives %p of target %p as %p', (current, target, expected) => {
    expect(completion(current, target)).toBe(expected);
  });
});
