import type { CellValue, SheetGrid } from '../../src/core/grid/cell';

/**
 * Test helper: a sheet literal from rows of cells.
 *
 * @example
 * sheet('东城镇', [['指标名称', '本期'], ['工业总产值', 100]])
 */
export function sheet(
  name: string,
  rows: readonly (readonly CellValue[])[],
  extra: Omit<SheetGrid, 'name' | 'rows'> = {},
): SheetGrid {
  return { name, rows, ...extra };
}
