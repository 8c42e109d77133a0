import { rank } from './rank';

describe('rank', () => {
  it.each<[string, (number | null)[], (number | null)[]]>([
    ['distinct values, descending', [10, 30, 20], [3, 1, 2]],
    ['ties sharing a rank, the next skipped (1,2,2,4)', [40, 30, 30, 10], [1, 2, 2, 4]],
    ['a tie at the top', [30, 10, 30], [1, 3, 1]],
    ['nulls unranked', [5, null, 7, null], [2, null, 1, null]],
    ['negative values', [-1, 0, -5], [2, 1, 3]],
    ['an empty list', [], []],
    ['all null', [null, null], [null, null]],
  ])('ranks %s', (_name, values, expected) => {
    expect(rank(values)).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const values = [3, 1, 2];
    rank(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
