import type { OutputSheet } from '../../core/output';
import { jsonBytes } from './payload';
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
 * Request bytes of a sheet's formatting besides values (widths, bold rows, wraps, merges,
 * links): a generous estimate of the JSON of each operation.
 *
 * @example
 * formattingBytes(sheet) // 1840
 */
export function formattingBytes(sheet: OutputSheet): number {
  const perOperation = 160;
  const links = sheet.links.reduce((sum, link) => sum + perOperation + jsonBytes(link), 0);
  const operations =
    sheet.columnWidths.length +
    sheet.boldRows.length +
    sheet.wrapColumns.length * 2 +
    sheet.merges.length +
    4;
  return operations * perOperation + links;
}
