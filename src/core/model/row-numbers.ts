import { VALUE_COLUMNS, type IndicatorRow, type ValueColumn } from './table';

/** A value column's place among a row's numbers: VALUE_COLUMNS order. */
export const COLUMN_SLOT: Readonly<Record<ValueColumn, number>> = {
  current: 0,
  previous: 1,
  growth: 2,
  target: 3,
  completion: 4,
};

/** How many numbers a row takes in its sheet's block. */
export const SLOTS = VALUE_COLUMNS.length;

const NUMBERS = new WeakMap<readonly IndicatorRow[], Float64Array>();

/**
 * Records that the rows of a parsed sheet keep their numbers in `block`: row i's at
 * i × SLOTS + COLUMN_SLOT[column], NaN where the column has no number (the parser does).
 * The block must not change afterwards.
 */
export function recordRowNumbers(rows: readonly IndicatorRow[], block: Float64Array): void {
  NUMBERS.set(rows, block);
}

/**
 * The block a sheet's `rows` read their numbers from, or undefined for rows made some other
 * way (by hand, or read back from JSON): read `row.values` then. A stage that reads every
 * row's numbers reads them here, in sheet order, one array per sheet.
 *
 * @example
 * rowNumbers(table.rows)?.[3 * SLOTS + COLUMN_SLOT.previous] // the fourth row's 上年同期
 */
export function rowNumbers(rows: readonly IndicatorRow[]): Float64Array | undefined {
  return NUMBERS.get(rows);
}
