import type { SheetGrid } from '../grid/cell';
import { parseCellNumber } from './cell-number';

/**
 * How many figures a sheet that is skipped (no header found, or a header naming a column
 * twice) holds: the number cells (numbers, or text read as a number) in rows that also hold
 * a text, as a statistics table's rows do. A sheet of text only (说明) or of a few stray
 * numbers (a date, a page number) gives 0: its skipping is only a 提示; a sheet with
 * figures is a 核实, since none of them is counted.
 *
 * @example
 * figuresOfSkippedSheet({ name: '说明', rows: [['填表说明'], ['1. 按月填报']] }) // 0
 * figuresOfSkippedSheet({ name: '东城镇', rows: [['产值', 120, 100], ['税收', 30, 25]] }) // 4
 */
export function figuresOfSkippedSheet(grid: SheetGrid): number {
  let figures = 0;
  for (const cells of grid.rows) {
    let text = false;
    let numbers = 0;
    for (const cell of cells) {
      if (cell === null || cell === undefined) continue;
      const reading = parseCellNumber(cell);
      if (reading.kind === 'number' || reading.kind === 'magnitude') numbers += 1;
      else if (reading.kind === 'not-number' && typeof cell === 'string') text = true;
    }
    if (text) figures += numbers;
  }
  return figures >= MIN_FIGURES ? figures : 0;
}

/** Fewer numbers than this in text rows are not figures (a year in a title, a page number). */
const MIN_FIGURES = 3;
