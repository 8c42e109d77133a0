import { powerOf10 } from '../compute/numeric-policy';

/**
 * Display width of text in Excel's width unit (about one Latin digit): CJK and other
 * full-width characters count 2, everything else 1.
 *
 * @example
 * textWidth('工业总产值') // 10
 * textWidth('同比增长(%)') // 11
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

/**
 * Approximate display width of a number shown with `format` ("#,##0.00", "0.0"…):
 * digits, thousands separators and the format's decimals.
 *
 * @example
 * numberWidth(185000, '#,##0') // 7
 * numberWidth(8.5, '#,##0.00') // 4
 */
export function numberWidth(value: number, format: string | null): number {
  const fixed = Math.abs(value).toFixed(
    format === null ? Math.min(countDecimals(value), 10) : formatDecimals(format),
  );
  const point = fixed.indexOf('.');
  const whole = point < 0 ? fixed.length : point;
  const separators = format?.includes(',') ? Math.floor((whole - 1) / 3) : 0;
  return (value < 0 ? 1 : 0) + fixed.length + separators;
}

/**
 * At least `numberWidth(value, format)` (Infinity when it cannot say), worked out without
 * writing the number: its integer digits (one more when rounding to the format's decimals
 * may carry, as 9.996 does to 10.00), the decimals, the separators and the sign.
 */
export function numberWidthBound(value: number, format: string): number {
  const magnitude = Math.abs(value);
  if (!(magnitude < 1e21)) return Infinity; // written another way: measure it
  const decimals = formatDecimals(format);
  let digits = 1;
  while (digits < 22 && magnitude >= powerOf10(digits)) digits++;
  // Beyond 15 significant digits the check below is not exact: measure it.
  if (digits + decimals > 14) return Infinity;
  // A full step of the last decimal below the next power of ten: a margin over the half
  // step that rounds up, and over any error of the subtraction.
  if (magnitude >= powerOf10(digits) - 1 / powerOf10(decimals)) {
    digits++;
  }
  const separators = format.includes(',') ? Math.floor((digits - 1) / 3) : 0;
  return (value < 0 ? 1 : 0) + digits + (decimals > 0 ? decimals + 1 : 0) + separators;
}

/**
 * The zeros after the format's first "." followed by a zero, else 0.
 *
 * @example formatDecimals('#,##0.00') // 2
 */
export function formatDecimals(format: string): number {
  for (let point = format.indexOf('.'); point >= 0; point = format.indexOf('.', point + 1)) {
    let zeros = 0;
    while (format[point + 1 + zeros] === '0') zeros++;
    if (zeros > 0) return zeros;
  }
  return 0;
}

/** Options for `fitColumnWidth`. */
export interface ColumnWidthOptions {
  readonly min?: number;
  readonly max?: number;
  /** Added to the widest entry, for the cell margins. */
  readonly padding?: number;
}

/**
 * A column width that fits the widest of `widths`, with padding, kept within [min, max].
 *
 * @example
 * fitColumnWidth([textWidth('指标名称'), textWidth('一、工业总产值')]) // 16
 */
export function fitColumnWidth(
  widths: readonly number[],
  options: ColumnWidthOptions = {},
): number {
  const { min = 8, max = 50, padding = 2 } = options;
  const widest = widths.reduce((a, b) => Math.max(a, b), 0);
  return Math.min(max, Math.max(min, widest + padding));
}

function countDecimals(value: number): number {
  const text = String(value);
  const point = text.indexOf('.');
  return point < 0 || text.includes('e') ? 0 : text.length - point - 1;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * Column widths fitted to the cells from `firstRow` on (rows above it are merged titles):
 * text by `textWidth`, numbers as shown with their format; the first column (labels)
 * at least 16, the others 8 to 30.
 *
 * @example
 * fitColumnWidths([['标题'], ['指标名称', '本期'], ['工业总产值', 185000]], [[], [], [null, '#,##0']], 1)
 * // [16, 9]
 */
export function fitColumnWidths(
  rows: readonly (readonly (string | number | null)[])[],
  formats: readonly (readonly (string | null)[])[],
  firstRow: number,
): number[] {
  const count = rows.reduce((n, row) => Math.max(n, row.length), 0);
  const widths: number[] = [];
  for (let col = 0; col < count; col++) {
    let widest = 0;
    for (let r = firstRow; r < rows.length; r++) {
      const value = rows[r]?.[col] ?? null;
      if (typeof value === 'string') widest = Math.max(widest, textWidth(value));
      else if (typeof value === 'number') {
        const format = formats[r]?.[col] ?? null;
        // Most numbers of a column are no wider than the widest so far: the bound says so
        // without writing the number out (a 分乡镇 sheet has 800,000 of them).
        if (format !== null && numberWidthBound(value, format) <= widest) continue;
        widest = Math.max(widest, numberWidth(value, format));
      }
    }
    widths.push(fitColumnWidth([widest], col === 0 ? { min: 16, max: 60 } : { min: 8, max: 30 }));
  }
  return widths;
}
