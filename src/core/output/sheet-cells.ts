import { roundForDisplay } from '../compute';

/**
 * Rounds a percent figure for display; null stays null.
 *
 * @example rounded(5.1136, 1) // 5.1
 */
export function rounded(value: number | null, decimals: number): number | null {
  return value === null || !Number.isFinite(value) ? null : roundForDisplay(value, decimals);
}

/**
 * Pads a row with nulls to `width` cells.
 *
 * @example padRow(['标题'], 3) // ['标题', null, null]
 */
export function padRow<T>(cells: readonly T[], width: number): (T | null)[] {
  const row: (T | null)[] = [...cells];
  while (row.length < width) row.push(null);
  return row;
}
