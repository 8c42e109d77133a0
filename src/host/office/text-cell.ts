import type { OutputCell } from '../../core/output';

/** Excel's "Text" number format: a cell with it keeps what is written as literal text. */
export const TEXT_FORMAT = '@';
/** Excel's default number format. */
export const GENERAL_FORMAT = 'General';

export { isFormulaLike } from '../../core/grid/formula-like';

/**
 * The number format to write with a cell. Every text cell gets the Text format "@",
 * whatever the sheet asked for: written before the value in the same request, it keeps
 * "=1+1" and "+86" literal, and also stops Excel's other guesses ("1-2" as a date, "007"
 * as 7). Numbers and empty cells keep the sheet's format, else General.
 *
 * @example
 * writeFormat('=1+1', null) // "@"
 * writeFormat(12.5, '#,##0.00') // "#,##0.00"
 * writeFormat(null, null) // "General"
 */
export function writeFormat(value: OutputCell, format: string | null): string {
  if (typeof value === 'string') return TEXT_FORMAT;
  return format ?? GENERAL_FORMAT;
}

/**
 * The value to put in `Range.values`: text and finite numbers as they are, empty and
 * non-finite cells as "" (which clears the cell).
 *
 * @example
 * writeValue(null) // ""
 * writeValue('=1+1') // "=1+1" (safe only together with writeFormat's "@")
 */
export function writeValue(value: OutputCell): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  return value;
}
