import { plainValues, type IndicatorRow, type ValueColumn } from '../model/table';
import { SLOTS } from '../model/row-numbers';

/**
 * A parsed row's numbers (`IndicatorRow.values`) read from its sheet's block of numbers,
 * five per row, NaN where a column has no number: one small object per row instead of an
 * object and a boxed double per figure. A county of 1,000 sheets of 200 rows keeps a million
 * figures; as doubles in one array per sheet they cost the garbage collector nothing and lie
 * in memory in the order the consolidation reads them.
 *
 * Reads like the plain record it stands for (`values.current`, `values[column]`); it has no
 * own properties, so compare it with `plainValues`, and it serialises as the record.
 *
 * @example
 * const block = new Float64Array([120, 100, 20, NaN, NaN]);
 * const values = rowValues(block, 0);
 * values.current // 120
 * values.target // undefined
 */
class RowValues {
  readonly #block: Float64Array;
  readonly #at: number;

  constructor(block: Float64Array, at: number) {
    this.#block = block;
    this.#at = at;
  }

  #read(slot: number): number | undefined {
    const value = this.#block[this.#at + slot] as number;
    return value === value ? value : undefined; // NaN: no number
  }

  get current(): number | undefined {
    return this.#read(0);
  }

  get previous(): number | undefined {
    return this.#read(1);
  }

  get growth(): number | undefined {
    return this.#read(2);
  }

  get target(): number | undefined {
    return this.#read(3);
  }

  get completion(): number | undefined {
    return this.#read(4);
  }

  toJSON(): Partial<Record<ValueColumn, number>> {
    return plainValues(this as IndicatorRow['values']);
  }
}

/**
 * A parsed row's cell addresses (`IndicatorRow.cells`), made when read from the sheet's
 * column letters and the row number, instead of five strings per row kept for the rare
 * figure that is traced to its cell.
 *
 * @example
 * const cells = rowCells(['C', 'D', undefined, undefined, undefined], 4);
 * cells.current // "C4"
 * cells.growth // undefined
 */
class RowCells {
  readonly #letters: readonly (string | undefined)[];
  readonly #row: number;

  constructor(letters: readonly (string | undefined)[], row: number) {
    this.#letters = letters;
    this.#row = row;
  }

  #address(slot: number): string | undefined {
    const letters = this.#letters[slot];
    return letters === undefined ? undefined : `${letters}${this.#row}`;
  }

  get current(): string | undefined {
    return this.#address(0);
  }

  get previous(): string | undefined {
    return this.#address(1);
  }

  get growth(): string | undefined {
    return this.#address(2);
  }

  get target(): string | undefined {
    return this.#address(3);
  }

  get completion(): string | undefined {
    return this.#address(4);
  }

  toJSON(): Partial<Record<ValueColumn, string>> {
    return plainValues(this as IndicatorRow['cells']);
  }
}

/**
 * The values of row `index` of a sheet's block (five numbers per row, NaN for none).
 *
 * @example
 * rowValues(new Float64Array([120, 100, NaN, NaN, NaN]), 0).previous // 100
 */
export function rowValues(block: Float64Array, index: number): IndicatorRow['values'] {
  // The class's getters may return undefined where the record's optional keys are absent.
  return new RowValues(block, index * SLOTS) as IndicatorRow['values'];
}

/**
 * The cells of a row (1-based `row`) of a sheet whose value columns have `letters`, in
 * VALUE_COLUMNS order (undefined for a column the sheet does not have).
 *
 * @example
 * rowCells(['C', 'D', 'E', undefined, undefined], 7).growth // "E7"
 */
export function rowCells(
  letters: readonly (string | undefined)[],
  row: number,
): IndicatorRow['cells'] {
  return new RowCells(letters, row) as IndicatorRow['cells'];
}

/** Cells views by sheet layout (the letters' text), then row: see `sheetRowCells`. */
const cellsByLayout = new Map<string, IndicatorRow['cells'][]>();
const SHARED_LAYOUTS = 64;
const SHARED_ROWS = 4096;

/**
 * `rowCells` for the rows of one sheet whose value columns have `letters`: the views are
 * shared by every sheet with those columns (a view only reads its letters and row, and
 * never changes), so a county of 1,000 sheets of one template keeps 200 of them, not
 * 200,000.
 *
 * @example
 * const cellsOf = sheetRowCells(['C', 'D', 'E', undefined, undefined]);
 * cellsOf(7).growth // "E7"
 */
export function sheetRowCells(
  letters: readonly (string | undefined)[],
): (row: number) => IndicatorRow['cells'] {
  const layout = letters.map((l) => l ?? '').join('|');
  let shared = cellsByLayout.get(layout);
  if (shared === undefined) {
    if (cellsByLayout.size >= SHARED_LAYOUTS) cellsByLayout.clear();
    cellsByLayout.set(layout, (shared = []));
  }
  const views = shared;
  return (row) => {
    if (row >= SHARED_ROWS) return rowCells(letters, row);
    return (views[row] ??= rowCells(letters, row));
  };
}
