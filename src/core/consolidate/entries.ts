import { COLUMN_SLOT, rowNumbers, SLOTS } from '../model/row-numbers';
import type { IndicatorRow, StatTable } from '../model/table';
import type { Unit } from '../model/unit';
import type { IndicatorOrder } from './indicator-order';

/**
 * The rows of one indicator, one per reporting township in township order, as parallel
 * arrays (no object per township and indicator), with what consolidating needs of each row
 * copied out. The per-indicator work reads these arrays instead of going back to 1,000 rows
 * scattered over 1,000 sheets.
 */
export interface Entries {
  readonly tables: StatTable[];
  readonly rows: IndicatorRow[];
  readonly units: (Unit | null)[];
  readonly unitTexts: (string | null)[];
  /** 本期, 上年同期 and 全年目标 as written, in the row's unit; NaN where there is no number. */
  readonly current: Float64Array;
  readonly previous: Float64Array;
  readonly target: Float64Array;
  /** Whether every row is additive. */
  additive: boolean;
}

/** An indicator's entries being gathered: counted in the first pass, filled in the second. */
interface Gathering {
  /** Rows counted (first pass), then rows filled (second pass). */
  count: number;
  /** The table whose row was counted last. */
  last: StatTable | null;
  entries: Entries | null;
}

/** Counts a row of `table` for `gathering`. */
function claimFor(gathering: Gathering, table: StatTable): Gathering {
  gathering.last = table;
  gathering.count++;
  return gathering;
}

/** Whether two tables' rows have the same keys in the same order. */
function sameKeys(rows: readonly IndicatorRow[], other: readonly IndicatorRow[]): boolean {
  if (rows.length !== other.length || rows.length === 0) return false;
  for (let at = 0; at < rows.length; at++) {
    if ((rows[at] as IndicatorRow).key !== (other[at] as IndicatorRow).key) return false;
  }
  return true;
}

/** A value column's number for the parallel arrays: NaN for absent or not finite. */
function finiteOrNaN(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) ? value : NaN;
}

function newEntries(count: number): Entries {
  // One allocation for the three number columns (outside the heap: the garbage collector
  // neither scans nor copies them).
  const numbers = new Float64Array(count * 3);
  return {
    tables: new Array<StatTable>(count),
    rows: new Array<IndicatorRow>(count),
    units: new Array<Unit | null>(count),
    unitTexts: new Array<string | null>(count),
    current: numbers.subarray(0, count),
    previous: numbers.subarray(count, count * 2),
    target: numbers.subarray(count * 2, count * 3),
    additive: true,
  };
}

/**
 * Writes a row into slot `i` of its indicator's entries; its numbers from the sheet's block
 * (`numbers`, the row at `at`) when the parser left one, else from `row.values`.
 */
function fillEntry(
  entries: Entries,
  i: number,
  table: StatTable,
  row: IndicatorRow,
  numbers: Float64Array | undefined,
  at: number,
): void {
  if (numbers !== undefined) {
    const start = at * SLOTS;
    entries.current[i] = finiteOrNaN(numbers[start + COLUMN_SLOT.current]);
    entries.previous[i] = finiteOrNaN(numbers[start + COLUMN_SLOT.previous]);
    entries.target[i] = finiteOrNaN(numbers[start + COLUMN_SLOT.target]);
  } else {
    const { values } = row;
    entries.current[i] = finiteOrNaN(values.current);
    entries.previous[i] = finiteOrNaN(values.previous);
    entries.target[i] = finiteOrNaN(values.target);
  }
  entries.tables[i] = table;
  entries.rows[i] = row;
  entries.units[i] = row.unit;
  entries.unitTexts[i] = row.unitText;
  if (row.nature !== 'additive') entries.additive = false;
}

/**
 * Every indicator's entries, by key, from the township tables in their order; `order`
 * learns the keys as the rows give them. A table repeating a key (a duplicate, which the
 * parser reports) gives its first row.
 *
 * Two passes: the first counts each indicator's rows, so that the second writes them into
 * arrays made at their final length. Arrays grown row by row were copied as they grew,
 * and every copy still alive was copied again by the garbage collector.
 *
 * @example
 * const entries = gatherEntries(townships, new IndicatorOrder());
 * entries.get('工业总产值')?.current[0] // the first township's 本期
 */
export function gatherEntries(
  townships: readonly StatTable[],
  order: IndicatorOrder,
): Map<string, Entries> {
  const byKey = new Map<string, Gathering>();
  let rowCount = 0;
  for (const table of townships) rowCount += table.rows.length;
  // The indicator each row goes to, in the order the tables give their rows (null: a
  // duplicate), so that the second pass looks nothing up.
  const claims = new Array<Gathering | null>(rowCount);
  let claim = 0;
  // The table before (not counting a repeat of it), and where its claims start.
  let previousTable: StatTable | null = null;
  let previousStart = 0;
  for (const table of townships) {
    const { rows } = table;
    if (table === previousTable) {
      // The same table again: every key it gives is one it gave already.
      for (let at = 0; at < rows.length; at++) claims[claim++] = null;
      continue;
    }
    const start = claim;
    if (previousTable !== null && sameKeys(rows, previousTable.rows)) {
      // The keys of the table before, in its order (sheets of one template): its rows'
      // indicators, with no lookup; `order` has nothing to learn from them.
      for (let at = 0; at < rows.length; at++) {
        const gathering = claims[previousStart + at] ?? null;
        claims[claim++] = gathering === null ? null : claimFor(gathering, table);
      }
    } else {
      order.startTable();
      for (let at = 0; at < rows.length; at++) {
        const { key } = rows[at] as IndicatorRow;
        let gathering = byKey.get(key);
        if (gathering === undefined) {
          byKey.set(key, (gathering = { count: 0, last: null, entries: null }));
          order.add(key);
        } else {
          order.seen(key);
        }
        // Tables come one after the other, so a key this table gave already is a duplicate.
        claims[claim++] = gathering.last === table ? null : claimFor(gathering, table);
      }
    }
    previousStart = start;
    previousTable = table;
  }
  for (const gathering of byKey.values()) {
    gathering.entries = newEntries(gathering.count);
    gathering.count = 0;
  }
  claim = 0;
  for (const table of townships) {
    const { rows } = table;
    const numbers = rowNumbers(rows);
    for (let at = 0; at < rows.length; at++) {
      const gathering = claims[claim++];
      if (gathering === null || gathering === undefined) continue;
      fillEntry(
        gathering.entries as Entries,
        gathering.count++,
        table,
        rows[at] as IndicatorRow,
        numbers,
        at,
      );
    }
  }
  const entries = new Map<string, Entries>();
  for (const [key, gathering] of byKey) entries.set(key, gathering.entries as Entries);
  return entries;
}
