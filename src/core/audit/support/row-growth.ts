import { growth } from '../../compute/growth';
import type { Consolidation } from '../../model/consolidation';
import { COLUMN_SLOT, rowNumbers, SLOTS } from '../../model/row-numbers';
import type { IndicatorRow, StatTable } from '../../model/table';
import { figureArrays, type IndicatorFigures } from './figure-arrays';
import { indicatorColumns } from './indicator-columns';
import { perSheet } from './per-sheet';
import { sheetIndex } from './sheet-index';

/**
 * What a cell of the grid holds besides a growth in percent (a growth is never NaN or
 * infinite): no usable figures, so the row's own growth is computed; or figures with no
 * growth (a base of zero or below).
 */
const FROM_ROW = NaN;
const NO_GROWTH = Infinity;

/**
 * The township growths of a consolidation as a grid: a row per township slot (see
 * `figureArrays`), a cell per indicator column; one array, read a township's row at a time.
 */
interface GrowthGrid {
  readonly cells: Float64Array;
  readonly columns: number;
}

const GRIDS = new WeakMap<Consolidation, GrowthGrid>();

function growthGrid(consolidation: Consolidation): GrowthGrid {
  const cached = GRIDS.get(consolidation);
  if (cached) return cached;
  const { columnOf } = indicatorColumns(consolidation);
  const { slotOf, indicators } = figureArrays(consolidation);
  const columns = columnOf.size;
  const cells = new Float64Array(slotOf.size * columns).fill(FROM_ROW);
  consolidation.indicators.forEach(({ key }, i) => {
    const column = columnOf.get(key) as number;
    const { slot, current, previous, growth: pct } = indicators[i] as IndicatorFigures;
    for (let k = 0; k < slot.length; k++) {
      const usable = !Number.isNaN(current[k] as number) && !Number.isNaN(previous[k] as number);
      // Written for all figures, usable or not: of two with one name and key, the later wins.
      cells[(slot[k] as number) * columns + column] = !usable
        ? FROM_ROW
        : Number.isNaN(pct[k] as number)
          ? NO_GROWTH
          : (pct[k] as number);
    }
  });
  const grid: GrowthGrid = { cells, columns };
  GRIDS.set(consolidation, grid);
  return grid;
}

function build(consolidation: Consolidation, table: StatTable): Float64Array {
  const { rows } = table;
  const growths = new Float64Array(rows.length);
  const slot =
    table.role === 'township' ? figureArrays(consolidation).slotOf.get(table.unitName) : undefined;
  let cells: Float64Array | undefined;
  if (slot !== undefined) {
    const grid = growthGrid(consolidation);
    cells = grid.cells.subarray(slot * grid.columns, (slot + 1) * grid.columns);
  }
  const { columnAt } = sheetIndex(consolidation, table);
  // The rows' 本期 and 上年同期 from the sheet's block when the parser left one (NaN: none).
  const numbers = rowNumbers(rows);
  for (let at = 0; at < rows.length; at++) {
    let current: number;
    let previous: number;
    if (numbers !== undefined) {
      current = numbers[at * SLOTS + COLUMN_SLOT.current] as number;
      previous = numbers[at * SLOTS + COLUMN_SLOT.previous] as number;
    } else {
      const { values } = rows[at] as IndicatorRow;
      current = values.current ?? NaN;
      previous = values.previous ?? NaN;
    }
    const cell = cells?.[columnAt[at] ?? -1] ?? FROM_ROW;
    if (Number.isNaN(current) || Number.isNaN(previous)) growths[at] = NaN;
    else if (Number.isNaN(cell)) growths[at] = growth(current, previous).pct ?? NaN;
    else growths[at] = cell === NO_GROWTH ? NaN : cell;
  }
  return growths;
}

/**
 * The growth of each row of a sheet (by index in `table.rows`) from its 本期 and 上年同期,
 * in percent; NaN where none can be computed (a figure missing, a base of zero or below).
 * A township row has the consolidation's figure for its township and key (already
 * computed, in the indicator's unit); other rows are computed here. Worked out once per
 * sheet and shared by the rules: read it, do not change it.
 *
 * @example
 * sheetGrowths(consolidation, table)[0] // 5.11…
 */
export const sheetGrowths = perSheet(build);
