import type { CellRef, IndicatorRow, StatTable, ValueColumn } from '../model/table';

/** The cells a township's figures came from, by value column. */
export type Sources = Partial<Record<ValueColumn, CellRef>>;

function cellRef(table: StatTable, cell: string): CellRef {
  return table.file !== undefined
    ? { file: table.file, sheet: table.sheet, cell }
    : { sheet: table.sheet, cell };
}

function addSource(
  sources: Sources,
  table: StatTable,
  column: ValueColumn,
  cell: string | undefined,
  value: number | undefined,
): void {
  if (cell !== undefined && value !== undefined && Number.isFinite(value)) {
    sources[column] = cellRef(table, cell);
  }
}

/**
 * The cells of a row's value columns that hold data, in VALUE_COLUMNS order.
 *
 * @example
 * rowSources(table, row) // { current: { sheet: '东城镇', cell: 'C4' }, previous: { sheet: '东城镇', cell: 'D4' } }
 */
export function rowSources(table: StatTable, row: IndicatorRow): Sources {
  const { values, cells } = row;
  const sources: Sources = {};
  // Column by column by name: the parser's values and cells are views, read fastest so.
  addSource(sources, table, 'current', cells.current, values.current);
  addSource(sources, table, 'previous', cells.previous, values.previous);
  addSource(sources, table, 'growth', cells.growth, values.growth);
  addSource(sources, table, 'target', cells.target, values.target);
  addSource(sources, table, 'completion', cells.completion, values.completion);
  return sources;
}
