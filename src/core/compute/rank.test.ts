import { rank } from './rank';

describe('rank', () => {
  it.each<[string, (number | null)[], (number | null)[]]>([
    ['distinct values, descending', [10, 30, 20], [3, 1, 2]],
    ['ties sharing a rank, the next skipped (1,2,2,4)', [40, 30, 30, 10], [1, 2, 2, 4]],
    ['a tie at the top', [30, 10, 30], [1, 3, 1]],
    ['nulls unranked', [5, null, 7, null], [2, null, 1, null]],
    ['negative values', [-1, 0, -5], [2, 1, 3]],
    ['an empty list', [], []],
    [
      'values differing only in their last bits',
      [1.0000000001, 1.0000000003, 1.0000000002],
      [3, 1, 2],
    ],
    [
      'negatives differing only in their last bits',
      [-1.0000000001, -1.0000000003, -1.0000000002],
      [1, 3, 2],
    ],
    ['−0 with 0, above negatives', [-0, -1e-300, 0, 1e-300], [2, 4, 2, 1]],
    ['all null', [null, null], [null, null]],
  ])('ranks %s', (_name, values, expected) => {
    expect(rank(values)).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const values = [3, 1, 2];
    rank(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('gives each value one more than the number of values above it, on random lists', () => {
    let seed = 7;
    const wrong: (number | null)[][] = [];
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let n = 0; n < 150; n++) {
      // Few distinct values, so that ties, −0 and nulls are common; and values of every
      // sign and magnitude, which order by every byte of their bits.
      const values = Array.from({ length: n }, () => {
        const r = random();
        if (r < 0.1) return null;
        if (r < 0.15) return -0;
        if (r < 0.17) return r < 0.16 ? Infinity : -Infinity;
        if (r < 0.6) return Math.round(random() * 8) - 3;
        return (random() - 0.5) * 10 ** Math.floor(random() * 40 - 20);
      });
      const ranked = (v: number | null): v is number => v !== null && Number.isFinite(v);
      const expected = values.map((v) =>
        ranked(v) ? 1 + values.filter((w) => ranked(w) && w > v).length : null,
      );
      if (JSON.stringify(rank(values)) !== JSON.stringify(expected)) wrong.push(values);
    }
    expect(wrong).toEqual([]);
  });
});
