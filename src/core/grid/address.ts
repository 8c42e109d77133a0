/**
 * A1 addresses from 0-based row and column indices and back.
 *
 * @example
 * toA1(0, 0) // "A1"
 * toA1(9, 27) // "AB10"
 * fromA1("AB10") // { row: 9, col: 27 }
 */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`bad column index ${col}`);
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Addresses already made, by column then row, for the top-left block every statistics
 * sheet lies in: a county's 1,000 township sheets share one "A57" instead of making 1,000.
 */
const SHARED_ROWS = 4096;
const SHARED_COLUMNS = 32;
const shared: string[][] = [];

/** @example toA1(2, 1) // "B3" */
export function toA1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`bad row index ${row}`);
  if (row >= SHARED_ROWS || col >= SHARED_COLUMNS || !Number.isInteger(col) || col < 0) {
    return `${columnLetters(col)}${row + 1}`;
  }
  const column = (shared[col] ??= []);
  return (column[row] ??= `${columnLetters(col)}${row + 1}`);
}

/** @example fromA1("$C$5") // { row: 4, col: 2 } */
export function fromA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m || m[1] === undefined || m[2] === undefined)
    throw new RangeError(`bad A1 address ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
