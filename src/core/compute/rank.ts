/**
 * Competition ranking ("1224"): the largest value ranks 1, equal values share a rank and
 * the next rank skips (1, 2, 2, 4). Null (or non-finite) values are unranked. Values are
 * compared exactly: they are exact sums, so equal figures are equal doubles. O(n log n).
 *
 * @example
 * rank([10, 30, 20, 30]) // [4, 1, 3, 1]
 * rank([5, null, 5]) // [1, null, 1]
 */
export function rank(values: ArrayLike<number | null>): (number | null)[] {
  // The ranked values sorted natively (a typed array needs no comparator); a value's rank
  // is one more than the number of values above it, found by binary search.
  const room = new Float64Array(values.length);
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (isRanked(value)) room[count++] = value;
  }
  const sorted = room.subarray(0, count).sort();
  const ranks: (number | null)[] = new Array<number | null>(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    ranks[i] = isRanked(value) ? count - countAtMost(sorted, value) + 1 : null;
  }
  return ranks;
}

function isRanked(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value);
}

/** How many of the ascending `sorted` values are ≤ `value` (−0 and 0 compare equal). */
function countAtMost(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
