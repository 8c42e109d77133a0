import type { CellFault, CellValue } from '../../core/grid';

/**
 * Converts an exceljs cell value (whatever shape exceljs gives it) to the engine's raw
 * `CellValue`: numbers, strings and booleans as they are; rich text concatenated; formula
 * and shared-formula cells as their cached result; errors as their text ("#DIV/0!");
 * dates as ISO date text; hyperlinks as their text. Anything unknown becomes null.
 *
 * @example
 * toCellValue({ richText: [{ text: '工业' }, { text: '总产值' }] }) // "工业总产值"
 * toCellValue({ formula: 'SUM(C3:C5)', result: 42 }) // 42
 * toCellValue({ error: '#DIV/0!' }) // "#DIV/0!"
 * toCellValue(new Date(Date.UTC(2025, 5, 30))) // "2025-06-30"
 */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record['richText'])) {
    return (record['richText'] as unknown[])
      .map((run) => {
        const text = (run as { text?: unknown } | null)?.text;
        return typeof text === 'string' ? text : '';
      })
      .join('');
  }
  if ('formula' in record || 'sharedFormula' in record) {
    return toCellValue(record['result']);
  }
  if (typeof record['error'] === 'string') return record['error'];
  if ('hyperlink' in record || 'text' in record) return toCellValue(record['text']);
  return null;
}

/** A date as "YYYY-MM-DD", with the time of day appended only when it is not midnight. */
function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${time}`;
}

/**
 * Why exceljs could not give a cell's value, or null when it could: a formula (or shared
 * formula) saved without its cached result is 'formula-no-result' (a program wrote it and
 * Excel never calculated it: read as blank it would silently drop a figure); a number that
 * is not finite is 'non-finite' (exceljs reads `<v>NaN</v>` and `<v>INF</v>` as NaN and
 * `<v>1e400</v>` as Infinity). `toCellValue` gives null for both.
 *
 * @example
 * cellFault({ formula: 'SUM(C3:C5)' }) // "formula-no-result"
 * cellFault({ formula: 'SUM(C3:C5)', result: 42 }) // null
 * cellFault(Number.POSITIVE_INFINITY) // "non-finite"
 * cellFault(12.5) // null
 */
export function cellFault(value: unknown): CellFault | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'non-finite';
  if (value === null || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (!('formula' in record || 'sharedFormula' in record)) return null;
  const result = record['result'];
  if (result === undefined || result === null) return 'formula-no-result';
  return typeof result === 'number' && !Number.isFinite(result) ? 'non-finite' : null;
}
