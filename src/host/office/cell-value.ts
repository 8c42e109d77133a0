import type { CellValue } from '../../core/grid';

/**
 * Converts a value from `Range.values` to the engine's raw `CellValue`: "" (an empty cell)
 * becomes null, error values arrive as their text ("#DIV/0!") and stay so, a number shown
 * with a date format becomes ISO date text (as the exceljs host gives dates), anything
 * else is kept.
 *
 * @param format the cell's `numberFormat`, when it was loaded.
 * @example
 * officeCellValue('', 'General') // null
 * officeCellValue(45838, 'yyyy-mm-dd') // "2025-06-30"
 * officeCellValue(0.051, '0.0%') // 0.051
 */
export function officeCellValue(value: unknown, format?: unknown): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    if (typeof format !== 'string' || format === 'General') return value;
    return isDateFormat(format) ? excelSerialToIso(value) : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return null;
}

/**
 * Whether a number format shows a date or time: it has y, m, d, h or s outside quoted
 * text, escapes and [brackets], and is not General.
 *
 * @example
 * isDateFormat('yyyy"年"m"月"') // true
 * isDateFormat('#,##0.00"万元"') // false
 */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/general/gi, '');
  return /[ydmhs]/i.test(bare);
}

/**
 * An Excel serial date (1900 system) as "YYYY-MM-DD", with "THH:MM:SS" when it has a time.
 *
 * @example
 * excelSerialToIso(45838.5) // "2025-06-30T12:00:00"
 */
export function excelSerialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400) * 1000;
  const iso = new Date(ms).toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${time}`;
}
