import type { Growth } from '../model/consolidation';
import { exactDifference } from './numeric-policy';

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
  if (current === null || previous === null) return MISSING;
  if (!Number.isFinite(current) || !Number.isFinite(previous)) return MISSING;
  if (previous === 0) return ZERO_BASE;
  if (previous < 0) return NEGATIVE_BASE;
  const pct = (exactDifference(current, previous) * 100) / previous;
  // A base so small that the quotient overflows is as good as zero.
  if (!Number.isFinite(pct)) return ZERO_BASE;
  return { pct: pct === 0 ? 0 : pct, reason: null };
}
