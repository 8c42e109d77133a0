import type { Period } from '../model/period';
import { NUMERIC_POLICY } from './numeric-policy';

function monthsOf(period: Period | null): number | null {
  const months = period?.months ?? null;
  if (months === null || !Number.isInteger(months) || months < 1 || months > 12) return null;
  return months;
}

/**
 * The elapsed share of the year (months ÷ 12), null when the period's months are unknown.
 *
 * @example
 * elapsedShare({ label: '1-6月', year: 2025, months: 6 }) // 0.5
 * elapsedShare(null) // null
 */
export function elapsedShare(period: Period | null): number | null {
  const months = monthsOf(period);
  return months === null ? null : months / 12;
}

/**
 * 时间过半、任务过半: whether completion (in percent) is at least the elapsed share of the
 * year × 100. Compared as completion × 12 ≥ months × 100 (within the policy epsilon), so
 * 1-4月 at 33.3…% is on schedule. Null when either is unknown.
 *
 * @example
 * onSchedule(46.3, { label: '1-6月', year: 2025, months: 6 }) // false
 * onSchedule(50, { label: '上半年', year: 2025, months: 6 }) // true
 */
export function onSchedule(completionPct: number | null, period: Period | null): boolean | null {
  const months = monthsOf(period);
  if (months === null || completionPct === null || !Number.isFinite(completionPct)) return null;
  return completionPct * 12 >= months * 100 - NUMERIC_POLICY.epsilon;
}
