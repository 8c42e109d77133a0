import type { Growth } from '../model/consolidation';
import { exactDifference } from './numeric-policy';

/**
 * Growth in percent: (current ÷ previous − 1) × 100, computed as the exact increase × 100
 * ÷ previous so that 120 over 100 gives exactly 20. Null, with the reason, when a value is
 * missing (or not finite), the base is zero or the base is negative. Never NaN or Infinity.
 *
 * @example
 * growth(185000, 176000) // { pct: 5.113636…, reason: null }
 * growth(5, 0) // { pct: null, reason: 'zero-base' }
 * growth(5, -2) // { pct: null, reason: 'negative-base' }
 * growth(null, 3) // { pct: null, reason: 'missing' }
 */
export function growth(current: number | null, previous: number | null): Growth {
  if (current === null || previous === null) return { pct: null, reason: 'missing' };
  if (!Number.isFinite(current) || !Number.isFinite(previous)) {
    return { pct: null, reason: 'missing' };
  }
  if (previous === 0) return { pct: null, reason: 'zero-base' };
  if (previous < 0) return { pct: null, reason: 'negative-base' };
  const pct = (exactDifference(current, previous) * 100) / previous;
  // A base so small that the quotient overflows is as good as zero.
  if (!Number.isFinite(pct)) return { pct: null, reason: 'zero-base' };
  return { pct: pct === 0 ? 0 : pct, reason: null };
}
