import type { Consolidation } from '../../model/consolidation';
import type { IndicatorRow, StatTable } from '../../model/table';
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

// Per consolidation (the columns), then per sheet.
const CACHE = new WeakMap<Consolidation, WeakMap<StatTable, SheetIndex>>();

function build(consolidation: Consolidation, table: StatTable): SheetIndex {
  const { columnOf } = indicatorColumns(consolidation);
  const { rows } = table;
  // One allocation for both arrays: a sheet is indexed for every rule of the pass.
  const both = new Int32Array(rows.length + columnOf.size);
  const columnAt = both.subarray(0, rows.length);
  const firstAt = both.subarray(rows.length).fill(-1);
  // Keys no township reports (a total sheet's own rows): few, kept in a map.
  const others = new Map<string, IndicatorRow>();
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
export function sheetIndex(consolidation: Consolidation, table: StatTable): SheetIndex {
  let bySheet = CACHE.get(consolidation);
  if (!bySheet) CACHE.set(consolidation, (bySheet = new WeakMap()));
  let index = bySheet.get(table);
  if (!index) bySheet.set(table, (index = build(consolidation, table)));
  return index;
}
