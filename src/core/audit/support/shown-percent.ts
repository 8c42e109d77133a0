import { NUMERIC_POLICY, roundForDisplay } from '../../compute';

/**
 * A rate or a difference in percentage points as the 审核 sheet and its messages show it:
 * to the display precision of percentages (1 decimal), so 应为 reads 12.6, not 12.6195.
 *
 * @example
 * shownPercent(12.61953) // 12.6
 */
export function shownPercent(value: number): number {
  return roundForDisplay(value, NUMERIC_POLICY.percentDecimals);
}
