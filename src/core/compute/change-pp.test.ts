import { changePp } from './change-pp';

describe('changePp', () => {
  it.each<[number | null, number | null, number | null]>([
    [12.5, 10.2, 2.3], // floats give 2.3000000000000007
    [10.2, 12.5, -2.3],
    [5, 5, 0],
    [null, 10, null],
    [10, null, null],
  ])('gives %p − %p as %p points', (current, previous, expected) => {
    expect(changePp(current, previous)).toBe(expected);
  });
});
