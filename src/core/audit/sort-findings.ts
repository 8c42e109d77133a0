import { levelRank } from '../diagnostics/issue';
import { fromA1 } from '../grid/address';
import type { Finding } from './finding';

function position(cell: string): { row: number; col: number } {
  try {
    return fromA1(cell);
  } catch {
    return { row: Number.MAX_SAFE_INTEGER, col: Number.MAX_SAFE_INTEGER };
  }
}

/**
 * Errors first, then 核实, then 提示; within a level by sheet order, then cell row and
 * column; otherwise stable. A finding about no sheet (a file skipped or read twice) comes
 * first in its level: it withholds a whole township, so the terminal's first lines show it.
 * Returns a new array.
 *
 * @example
 * sortFindings(findings, ['合计', '东城镇', '西城镇'])
 */
export function sortFindings(
  findings: readonly Finding[],
  sheetOrder: readonly string[],
): Finding[] {
  const sheetIndex = new Map<string, number>();
  sheetOrder.forEach((sheet, i) => {
    if (!sheetIndex.has(sheet)) sheetIndex.set(sheet, i);
  });
  const keyed = findings.map((f, i) => {
    const { row, col } = position(f.location.cell);
    const sheetKey = sheetKeyOf(f.location.file, f.location.sheet);
    return {
      f,
      i,
      level: levelRank(f.level),
      sheet: f.location.sheet === '' ? -1 : (sheetIndex.get(sheetKey) ?? sheetOrder.length),
      row,
      col,
    };
  });
  keyed.sort(
    (a, b) => a.level - b.level || a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.i - b.i,
  );
  return keyed.map((k) => k.f);
}

/**
 * The key a sheet is ordered by: its file and name (sheets of several workbooks may share
 * a name).
 *
 * @example
 * sheetKeyOf('东城镇.xlsx', 'Sheet1') // "东城镇.xlsx|Sheet1"
 */
export function sheetKeyOf(file: string | undefined, sheet: string): string {
  return file === undefined ? sheet : `${file}|${sheet}`;
}
