import type { Growth } from '../model/consolidation';
import { increaseOf } from './contribution';

// The null outcomes are shared: a consolidation asks for a growth per township and indicator.
const MISSING: Growth = { pct: null, reason: 'missing' };
const ZERO_BASE: Growth = { pct: null, reason: 'zero-base' };
const NEGATIVE_BASE: Growth = { pct: null, reason: 'negative-base' };

/**
 * Growth in percent: (current ÷ previous − 1) × 100, computed as the exact increase × 100
 * ÷ previous so that 120 over 100 gives exactly 20. Null, with the reason, when a value is
 * missing (or not finite), the base is zero or the base is negative. Never NaN or Infinity.
 * The null results are shared objects (they are read-only).
 *
 * @example
 * growth(185000, 176000) // { pct: 5.113636…, reason: null }
 * growth(5, 0) // { pct: null, reason: 'zero-base' }
 * growth(5, -2) // { pct: null, reason: 'negative-base' }
 * growth(null, 3) // { pct: null, reason: 'missing' }
 */
export function growth(current: number | null, previous: number | null): Growth {
  return growthOfIncrease(increaseOf(current, previous), previous);
}

/**
 * `growth` from the increase (`increaseOf(current, previous)`, null when a value is missing)
 * and the base, for a caller that has the increase already: the same result.
 *
 * @example
 * growthOfIncrease(20, 100) // { pct: 20, reason: null }
 * growthOfIncrease(null, 100) // { pct: null, reason: 'missing' }
 */
export function growthOfIncrease(up: number | null, previous: number | null): Growth {
  if (up === null || previous === null || !Number.isFinite(previous)) return MISSING;
  if (previous === 0) return ZERO_BASE;
  if (previous < 0) return NEGATIVE_BASE;
  const pct = (up * 100) / previous;
  // A base so small that the quotient overflows is as good as zero.
  if (!Number.isFinite(pct)) return ZERO_BASE;
  return { pct: pct === 0 ? 0 : pct, reason: null };
}
