import { median, medianInPlace } from './median';

/** The median as a full sort gives it: the reference the selection must match exactly. */
function sortedMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/** A deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('median', () => {
  it.each([
    ['none', [], null],
    ['one', [7], 7],
    ['an odd count', [3, 1, 2], 2],
    ['an even count: the mean of the middle two', [4, 1, 2, 3], 2.5],
    ['duplicates', [5, 5, 1, 5, 9], 5],
    ['negatives', [-3, -10, 4, -1], -2],
    ['two zeros of both signs', [-0, 0], 0],
  ])('%s', (_, values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('does not change its input', () => {
    const values = [5, 3, 9, 1, 7, 2];
    median(values);
    expect(values).toEqual([5, 3, 9, 1, 7, 2]);
  });

  it('matches a full sort exactly on random data: odd and even counts, duplicates, negatives', () => {
    const next = random(20240601);
    for (let run = 0; run < 2000; run++) {
      const length = 1 + Math.floor(next() * 60);
      // Few distinct values half of the time, so that ties around the middle are common.
      const distinct = run % 2 === 0 ? 3 + Math.floor(next() * 5) : 0;
      const values = Array.from({ length }, () =>
        distinct > 0
          ? Math.floor(next() * distinct) - 2
          : (next() - 0.3) * 10 ** Math.floor(next() * 8),
      );
      expect(Object.is(median(values), sortedMedian(values))).toBe(true);
    }
  });

  it('matches a full sort where the order of −0, +0 and NaN decides', () => {
    for (const values of [
      [0, -0, -0],
      [-0, 0, 0, -0],
      [-0, -0, 1, 2],
      [1, NaN, 2],
      [NaN, NaN, 3, 1],
      [NaN],
    ]) {
      expect(Object.is(median(values), sortedMedian(values))).toBe(true);
    }
  });
});

describe('medianInPlace', () => {
  it('gives the median and keeps the values, reordered', () => {
    const values = Float64Array.of(9, 2, 7, 4, 5, 1);
    expect(medianInPlace(values)).toBe(4.5);
    expect([...values].sort((a, b) => a - b)).toEqual([1, 2, 4, 5, 7, 9]);
  });

  it('works on a part of a larger array', () => {
    const all = Float64Array.of(100, 3, 1, 2, 100);
    expect(medianInPlace(all.subarray(1, 4))).toBe(2);
    expect([all[0], all[4]]).toEqual([100, 100]);
  });
});
