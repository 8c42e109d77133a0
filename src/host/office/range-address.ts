import { toA1 } from '../../core/grid';

/**
 * The A1 address of a block of cells, from 0-based indices ("C3:H50"; one cell as "C3").
 *
 * @example
 * blockAddress(2, 2, 48, 6) // "C3:H50"
 * blockAddress(0, 0, 1, 1) // "A1"
 */
export function blockAddress(row: number, col: number, rowCount: number, colCount: number): string {
  if (rowCount < 1 || colCount < 1) throw new RangeError(`empty block ${rowCount}x${colCount}`);
  const first = toA1(row, col);
  if (rowCount === 1 && colCount === 1) return first;
  return `${first}:${toA1(row + rowCount - 1, col + colCount - 1)}`;
}
