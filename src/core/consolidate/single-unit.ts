import { changePp } from '../compute/change-pp';
import { growth } from '../compute/growth';
import type { ConsolidatedIndicator } from '../model/consolidation';
import { orNull } from './figure-columns';

/**
 * The area's value of a non-additive indicator (rate, per-capita figure) when the area is
 * one unit: that unit's own figures, never an average. `current` and `previous` are the
 * unit's figures (NaN: none). Null when the unit has no 本期 for it.
 *
 * @example
 * singleUnitValue(63.3, 58) // { current: 63.3, previous: 58, growth: { pct: 9.14…, … }, changePp: 5.3 }
 * singleUnitValue(NaN, 58) // null
 */
export function singleUnitValue(
  current: number | undefined,
  previous: number | undefined,
): Pick<ConsolidatedIndicator, 'current' | 'previous' | 'growth' | 'changePp'> | null {
  const now = orNull(current);
  if (now === null) return null;
  const before = orNull(previous);
  return {
    current: now,
    previous: before,
    growth: growth(now, before),
    changePp: changePp(now, before),
  };
}
