import type { Unit } from '../../model/unit';

const MAX_DECIMALS = 6;

/**
 * The decimals a value shows (its shortest decimal form, float noise removed), at most 6.
 *
 * @example
 * decimalsOf(1234.5) // 1
 * decimalsOf(1200) // 0
 * decimalsOf(0.1 + 0.2) // 1
 */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  let scaled = Math.abs(value);
  for (let decimals = 1; decimals <= MAX_DECIMALS; decimals += 1) {
    scaled *= 10;
    if (Math.abs(scaled - Math.round(scaled)) <= Math.max(1, scaled) * 1e-9) return decimals;
  }
  return MAX_DECIMALS;
}

/**
 * The displayed precision of a set of values: the most decimals any of them shows (Excel
 * drops trailing zeros, so 1300 next to 1200.5 is taken as 1300.0).
 *
 * @example
 * inferDecimals([1300, 1200.5]) // 1
 */
export function inferDecimals(values: Iterable<number>): number {
  let decimals = 0;
  for (const value of values) decimals = Math.max(decimals, decimalsOf(value));
  return decimals;
}

/**
 * Whether values in the unit are whole by nature (家, 个, 人): they are never rounded, so
 * they carry no rounding tolerance.
 *
 * @example
 * isIntegralUnit(parseUnit('家')) // true
 * isIntegralUnit(parseUnit('万人')) // false
 */
export function isIntegralUnit(unit: Unit | null): boolean {
  if (unit === null) return false;
  return unit.family === 'count' || (unit.family === 'people' && unit.factor === 1);
}

/**
 * Half the last displayed digit: the most a value rounded to `decimals` can be off by
 * (0 for integral units).
 *
 * @example
 * halfStep(1, parseUnit('万元')) // 0.05
 * halfStep(0, parseUnit('家')) // 0
 */
export function halfStep(decimals: number, unit: Unit | null): number {
  if (isIntegralUnit(unit)) return 0;
  return 0.5 * 10 ** -decimals;
}

/**
 * Comparison slack for float noise, relative to the magnitudes compared (one or two; no
 * rest array, rules call it for every cell).
 *
 * @example
 * epsilonFor(2000, 3) // 2e-6
 */
export function epsilonFor(a: number, b: number = 0): number {
  return Math.max(1, Math.abs(a), Math.abs(b)) * 1e-9;
}

/** How a difference between a reported figure and a computed one is judged. */
export type DifferenceVerdict = 'equal' | 'rounding' | 'mismatch';

/**
 * Judges |reported − computed|: within the reported figure's own rounding it is equal;
 * within the rounding of all the parts it is a rounding (舍位) difference; beyond, a mismatch.
 *
 * @example
 * judgeDifference(0.1, 0.05, 0.4, 1000) // 'rounding'
 * judgeDifference(0.04, 0.05, 0.4, 1000) // 'equal'
 * judgeDifference(3, 0.05, 0.4, 1000) // 'mismatch'
 */
export function judgeDifference(
  diff: number,
  ownHalfStep: number,
  tolerance: number,
  magnitude: number,
): DifferenceVerdict {
  const eps = epsilonFor(magnitude);
  const abs = Math.abs(diff);
  if (abs <= ownHalfStep + eps) return 'equal';
  if (abs <= tolerance + eps) return 'rounding';
  return 'mismatch';
}
