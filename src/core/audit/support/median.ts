/**
 * Moves the k-th smallest of `a` to index k, smaller ones before it and larger ones after
 * (Hoare's selection with a median-of-three pivot): O(n) on average, against O(n log n)
 * for a sort. Values must be comparable with `<` (no NaN).
 */
function select(a: Float64Array, k: number): void {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    // Order a[lo] ≤ a[mid] ≤ a[hi]: the median of the three is the pivot, and the ends
    // stop the scans below.
    if ((a[mid] as number) < (a[lo] as number)) swap(a, mid, lo);
    if ((a[hi] as number) < (a[lo] as number)) swap(a, hi, lo);
    if ((a[hi] as number) < (a[mid] as number)) swap(a, hi, mid);
    const pivot = a[mid] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while (pivot < (a[j] as number)) j--;
      if (i <= j) swap(a, i++, j--);
    }
    // Now a[lo..j] ≤ pivot ≤ a[i..hi], and anything between equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}

/** The largest of a[0..end), end ≥ 1. */
function maxBefore(a: Float64Array, end: number): number {
  let max = a[0] as number;
  for (let i = 1; i < end; i++) if ((a[i] as number) > max) max = a[i] as number;
  return max;
}

/** The median as a full sort finds it: NaN sorts last, −0 before +0. */
function sortedMedian(values: Float64Array): number {
  const sorted = values.sort();
  const mid = sorted.length >> 1;
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/**
 * The median of some numbers (null when there are none): the middle value, or the mean
 * of the two middle values. Found by selection in linear time, with exactly the value a
 * sort gives (a sort decides only where the order of NaN, −0 and +0 matters). Reorders
 * `values`; see `median` for a copy.
 *
 * @example
 * medianInPlace(Float64Array.of(4, 1, 2, 3)) // 2.5
 */
export function medianInPlace(values: Float64Array): number | null {
  const n = values.length;
  if (n === 0) return null;
  for (let i = 0; i < n; i++) {
    const value = values[i] as number;
    if (value !== value) return sortedMedian(values); // NaN
  }
  const mid = n >> 1;
  select(values, mid);
  const upper = values[mid] as number;
  if (n % 2 === 1) return upper === 0 ? sortedMedian(values) : upper;
  // The lower middle value is the largest of those selected before the upper one.
  const lower = maxBefore(values, mid);
  return lower === 0 || upper === 0 ? sortedMedian(values) : (lower + upper) / 2;
}

/**
 * The median of some numbers (null when there are none). Does not mutate its input.
 *
 * @example
 * median([3, 1, 2]) // 2
 * median([4, 1, 2, 3]) // 2.5
 */
export function median(values: readonly number[]): number | null {
  return medianInPlace(Float64Array.from(values));
}
