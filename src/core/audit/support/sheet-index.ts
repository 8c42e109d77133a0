import type { Consolidation } from '../../model/consolidation';
import type { IndicatorRow, StatTable } from '../../model/table';
import { perSheet } from './per-sheet';
import { indicatorColumns } from './indicator-columns';

/**
 * A sheet's rows matched to the consolidation's indicator columns, once for all the rules
 * of the row pass (they then read arrays, not maps keyed by 200,000 row keys).
 */
export interface SheetIndex {
  /** Per row (by index in `table.rows`): its key's indicator column, or -1 if none. */
  readonly columnAt: Int32Array;
  /** Whether the row at `at` is the first with its key (the one that counts). */
  isFirst(at: number): boolean;
  /** The first row with a key. */
  row(key: string): IndicatorRow | undefined;
}

/** A sheet's keys and the arrays they gave (see `sameKeys`). */
interface Matched {
  readonly rows: readonly IndicatorRow[];
  readonly columnAt: Int32Array;
  readonly firstAt: Int32Array;
}

/** The last sheet matched, per consolidation: the next sheet of one template reuses it. */
const LAST = new WeakMap<Consolidation, Matched>();

/**
 * Whether two sheets have the same keys in the same order, every key a known column: the
 * township sheets of one template (keys are one string per key, so compared by pointer).
 */
function sameKeys(a: readonly IndicatorRow[], b: Matched): boolean {
  if (a.length !== b.rows.length) return false;
  for (let at = 0; at < a.length; at++) {
    if ((a[at] as IndicatorRow).key !== (b.rows[at] as IndicatorRow).key) return false;
    if ((b.columnAt[at] as number) < 0) return false;
  }
  return true;
}

function build(consolidation: Consolidation, table: StatTable): SheetIndex {
  const { columnOf } = indicatorColumns(consolidation);
  const { rows } = table;
  const last = LAST.get(consolidation);
  let columnAt: Int32Array;
  let firstAt: Int32Array;
  // Keys no township reports (a total sheet's own rows): few, kept in a map.
  const others = new Map<string, IndicatorRow>();
  if (last !== undefined && sameKeys(rows, last)) {
    // The arrays depend on the keys alone, and are only read: shared.
    ({ columnAt, firstAt } = last);
  } else {
    // One allocation for both arrays: a sheet is indexed for every rule of the pass.
    const both = new Int32Array(rows.length + columnOf.size);
    columnAt = both.subarray(0, rows.length);
    firstAt = both.subarray(rows.length).fill(-1);
    for (let at = 0; at < rows.length; at++) {
      const row = rows[at] as IndicatorRow;
      const column = columnOf.get(row.key);
      if (column === undefined) {
        columnAt[at] = -1;
        if (!others.has(row.key)) others.set(row.key, row);
      } else {
        columnAt[at] = column;
        if (firstAt[column] === -1) firstAt[column] = at;
      }
    }
    LAST.set(consolidation, { rows, columnAt, firstAt });
  }
  return {
    columnAt,
    isFirst(at) {
      const column = columnAt[at] ?? -1;
      if (column >= 0) return firstAt[column] === at;
      const row = rows[at];
      return row !== undefined && others.get(row.key) === row;
    },
    row(key) {
      const column = columnOf.get(key);
      if (column === undefined) return others.get(key);
      return rows[firstAt[column] ?? -1];
    },
  };
}

/**
 * The index of a sheet's rows (worked out once per sheet and consolidation).
 *
 * @example
 * const index = sheetIndex(consolidation, table);
 * index.row('工业总产值') // the sheet's first 工业总产值 row
 * index.isFirst(3) // false when row 3 repeats an earlier key
 */
export const sheetIndex = perSheet(build);
