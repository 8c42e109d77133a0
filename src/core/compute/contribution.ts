import { exactDifference } from './numeric-policy';

/**
 * 本期 and 上年同期 of one township, or of the total (over the comparable townships).
 *
 * @example
 * const east: Flow = { current: 120, previous: 100 };
 */
export interface Flow {
  readonly current: number | null;
  readonly previous: number | null;
}

/**
 * The exact increase 本期 − 上年同期, or null when a figure is missing or not finite.
 *
 * @example
 * increase({ current: 120, previous: 100 }) // 20
 */
export function increase(flow: Flow): number | null {
  return increaseOf(flow.current, flow.previous);
}

/**
 * `increase` of the two figures, without a `Flow` object: a consolidation asks for one per
 * township and indicator.
 *
 * @example
 * increaseOf(120, 100) // 20
 */
export function increaseOf(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  if (!Number.isFinite(current) || !Number.isFinite(previous)) return null;
  return exactDifference(current, previous);
}

/**
 * 拉动: how many percentage points a township adds to the total's growth: its increase ÷
 * the total's 上年同期 × 100. The townships' pulls add up to the total growth. Null when
 * a figure is missing or the total base is not positive.
 *
 * @example
 * // township 120 over 100, total 300 over 250: (120 − 100) ÷ 250 × 100 = 8
 * pullPp({ current: 120, previous: 100 }, { current: 300, previous: 250 }) // 8
 */
export function pullPp(part: Flow, total: Flow): number | null {
  return pullOfIncrease(increase(part), total);
}

/**
 * `pullPp` from the part's increase (see `increase`), for callers that have it already.
 *
 * @example
 * pullOfIncrease(20, { current: 300, previous: 250 }) // 8
 */
export function pullOfIncrease(up: number | null, total: Flow): number | null {
  if (up === null || total.previous === null || !(total.previous > 0)) return null;
  const pp = (up * 100) / total.previous;
  return Number.isFinite(pp) ? pp : null;
}

/**
 * 贡献率: a township's share of the total increase, in percent: its increase ÷ the total
 * increase × 100. The townships' contributions add up to 100. Null when a figure is
 * missing or the total did not change.
 *
 * @example
 * // township +20, total +50: 20 ÷ 50 × 100 = 40
 * contributionPct({ current: 120, previous: 100 }, { current: 300, previous: 250 }) // 40
 */
export function contributionPct(part: Flow, total: Flow): number | null {
  return contributionOfIncrease(increase(part), increase(total));
}

/**
 * `contributionPct` from both increases (see `increase`): a consolidation computes the
 * total's increase once per indicator, not once per township.
 *
 * @example
 * contributionOfIncrease(20, 50) // 40
 */
export function contributionOfIncrease(up: number | null, totalUp: number | null): number | null {
  if (up === null || totalUp === null || totalUp === 0) return null;
  const pct = (up * 100) / totalUp;
  return Number.isFinite(pct) ? pct : null;
}
