import { exactDifference } from './numeric-policy';

/**
 * The change of a rate or share in percentage points (个百分点): current − previous, exact
 * in decimal. Null when either is missing.
 *
 * @example
 * changePp(12.5, 10.2) // 2.3 (not 2.3000000000000007)
 * changePp(null, 10) // null
 */
export function changePp(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  if (!Number.isFinite(current) || !Number.isFinite(previous)) return null;
  const difference = exactDifference(current, previous);
  return Number.isFinite(difference) ? difference : null;
}
