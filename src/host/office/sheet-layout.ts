import type { OutputSheet } from '../../core/output';
import { jsonBytes } from './payload';
import { blockAddress } from './range-address';
import { writeFormat, writeValue } from './text-cell';

/** An output sheet as the rectangles `Range.values` and `Range.numberFormat` take. */
export interface SheetLayout {
  readonly values: (string | number)[][];
  readonly formats: string[][];
  /** Width of the rectangle (at least 1). */
  readonly columnCount: number;
  /** Request bytes of each row: its values plus its formats, as JSON, with separators. */
  readonly rowBytes: number[];
}

/**
 * Lays out an output sheet as rectangular value and format arrays (short rows padded with
 * empty cells), text cells formatted "@" so they stay text, with each row's request size.
 *
 * @example
 * sheetLayout(sheet).values[0] // ["全县主要经济指标完成情况（上半年）", "", …]
 */
export function sheetLayout(sheet: OutputSheet): SheetLayout {
  const columnCount = Math.max(
    1,
    ...sheet.rows.map((row) => row.length),
    ...sheet.numberFormats.map((row) => row.length),
  );
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const rowBytes: number[] = [];
  sheet.rows.forEach((row, r) => {
    const rowValues: (string | number)[] = [];
    const rowFormats: string[] = [];
    for (let c = 0; c < columnCount; c++) {
      const value = row[c] ?? null;
      rowValues.push(writeValue(value));
      rowFormats.push(writeFormat(value, sheet.numberFormats[r]?.[c] ?? null));
    }
    values.push(rowValues);
    formats.push(rowFormats);
    // + 2: the comma between rows in each of the two 2-D arrays.
    rowBytes.push(jsonBytes(rowValues) + jsonBytes(rowFormats) + 2);
  });
  return { values, formats, columnCount, rowBytes };
}

/**
 * Excel column width in points from a width in characters (Excel's unit: the width of "0"
 * in the default 11 pt font, 7 px, plus 5 px padding; 1 px = 0.75 pt).
 *
 * @example
 * columnWidthPoints(10) // 56.25
 */
export function columnWidthPoints(characters: number): number {
  return (Math.max(0, characters) * 7 + 5) * 0.75;
}

/**
 * An allowance for what office-js adds to a request for each operation besides its
 * arguments (its action and object-path records with ids and names). It cannot be measured
 * without a host; a refused request is split and retried (`syncBlocks`) if it is too small.
 */
export const OPERATION_BYTES = 200;

/**
 * Request bytes of a sheet's formatting besides values: each operation's serialised
 * arguments (addresses, widths, merge areas) plus `OPERATION_BYTES`.
 *
 * @example
 * formattingBytes(sheet, 7) // the bytes its widths, merges, bold rows and wraps add
 */
export function formattingBytes(sheet: OutputSheet, columnCount = 1): number {
  const rowCount = Math.max(1, sheet.rows.length);
  let bytes = 0;
  const operation = (...args: unknown[]): void => {
    bytes += OPERATION_BYTES + jsonBytes(args);
  };
  sheet.columnWidths.forEach((width, col) => operation(`${col}:${col}`, columnWidthPoints(width)));
  for (const merge of sheet.merges) {
    operation(blockAddress(merge.row, merge.col, merge.rowSpan, merge.colSpan), false);
  }
  for (const row of sheet.boldRows) operation(blockAddress(row, 0, 1, columnCount), true);
  for (const col of sheet.wrapColumns) {
    const address = blockAddress(0, col, rowCount, 1);
    operation(address, true);
    operation(address, 'Top');
  }
  // Sheet add, marker colour, custom property, frozen panes, activate.
  for (let i = 0; i < 5; i++) operation(sheet.name, sheet.kind, '#010203');
  return bytes;
}

/**
 * Request bytes of one hyperlink: the link object, the cell address, and its font colour
 * and underline, each an operation.
 *
 * @example
 * linkBytes({ documentReference: "'东城镇'!C5", textToDisplay: 'C5' }, 'C9') // 600 + 76
 */
export function linkBytes(
  link: { readonly documentReference: string; readonly textToDisplay?: string },
  address: string,
): number {
  return 3 * OPERATION_BYTES + jsonBytes([address, link]) + jsonBytes(['#0563C1', 'Single']);
}
