/**
 * Competition ranking ("1224"): the largest value ranks 1, equal values share a rank and
 * the next rank skips (1, 2, 2, 4). Null (or non-finite) values are unranked. Values are
 * compared exactly: they are exact sums, so equal figures are equal doubles. O(n log n).
 *
 * @example
 * rank([10, 30, 20, 30]) // [4, 1, 3, 1]
 * rank([5, null, 5]) // [1, null, 1]
 */
export function rank(values: readonly (number | null)[]): (number | null)[] {
  const ranks: (number | null)[] = values.map(() => null);
  const ranked: { index: number; value: number }[] = [];
  values.forEach((value, index) => {
    if (value !== null && Number.isFinite(value)) ranked.push({ index, value });
  });
  ranked.sort((a, b) => b.value - a.value || a.index - b.index);
  let previousValue = Number.NaN;
  let previousRank = 0;
  ranked.forEach(({ index, value }, position) => {
    const r = value === previousValue ? previousRank : position + 1;
    ranks[index] = r;
    previousValue = value;
    previousRank = r;
  });
  return ranks;
}
