import type { SheetGrid } from '../grid/cell';
import type { Period } from '../model/period';
import type { Unit } from '../model/unit';
import { detectPeriod } from './period';
import { removeSpaces, toHalfWidth } from './text';
import { toSimplified } from './traditional';
import { parseUnitText } from './unit-text';

/** What the rows above the header say. */
export interface SheetMeta {
  /** The first text row that is not a meta line, as written. */
  readonly title: string | null;
  /** 填报单位：XX镇 */
  readonly reportingUnit: string | null;
  /** 单位：万元 */
  readonly defaultUnit: Unit | null;
  /** The unit as written, when it was not recognised. */
  readonly defaultUnitText: string | null;
  /** Texts above the header that may state the period (title first; no dates of filing). */
  readonly texts: readonly string[];
}

const REPORTING_UNIT = /(?:填报|报送|填表)单位:([^: ]*)/;
const UNIT_LABEL_TAIL = /(?:计量|金额)?单位$/;
const NOT_PERIOD_TEXT = /日期|时间|填报|填表|制表|报出|联系/;
const DEFAULT_UNIT = /(?<!填报|报送|填表|制表)单位[:](\S+)/;
const STAMP = /[(（][^()（）]*盖章[^()（）]*[)）]|盖章/g;

function readReportingUnit(text: string, next: string | null): string | null {
  const m = REPORTING_UNIT.exec(text);
  if (m === null) return null;
  const value = removeSpaces((m[1] ?? '').replace(STAMP, '')).replace(UNIT_LABEL_TAIL, '');
  if (value !== '') return value;
  // "填报单位：" in one cell, the name in the next.
  return next === null ? null : removeSpaces(toHalfWidth(next).replace(STAMP, '')) || null;
}

/**
 * Reads the title, the 填报单位 line and the "单位：万元" line above the header row. The
 * meta lines can be anywhere above the header, in separate cells of one row or in one cell.
 *
 * @example
 * readSheetMeta({ name: 'x', rows: [['东城镇主要经济指标'], ['填报单位：东城镇', null, '单位：万元']] }, 2)
 * // { title: '东城镇主要经济指标', reportingUnit: '东城镇', defaultUnit: { symbol: '万元', … },
 * //   defaultUnitText: null, texts: [ … ] }
 */
export function readSheetMeta(grid: SheetGrid, headerRow: number): SheetMeta {
  let title: string | null = null;
  let reportingUnit: string | null = null;
  let defaultUnit: Unit | null = null;
  let defaultUnitText: string | null = null;
  const texts: string[] = [];
  for (let row = 0; row < headerRow; row += 1) {
    const cells = grid.rows[row] ?? [];
    for (let col = 0; col < cells.length; col += 1) {
      const cell = cells[col];
      if (typeof cell !== 'string' || cell.trim() === '') continue;
      const text = cell.trim();
      // Spaces kept as separators: "填报单位：东城镇    单位：万元" in one cell. Simplified
      // characters: "填報單位：東城鎮 單位：萬元" says 东城镇 and 万元 (the township named as
      // in a Simplified sheet, so that it matches other runs).
      const simplified = toSimplified(text);
      const folded = toHalfWidth(simplified).replace(/\s+/g, ' ');
      const compact = folded.replace(/\s*:\s*/g, ':');
      let isMeta = false;
      if (compact.includes('单位:')) {
        const nextCell = cells.slice(col + 1).find((c) => typeof c === 'string' && c.trim() !== '');
        const unitName = readReportingUnit(
          compact,
          typeof nextCell === 'string' ? toSimplified(nextCell) : null,
        );
        if (unitName !== null) {
          reportingUnit ??= unitName;
          isMeta = true;
        }
        const unitMatch = DEFAULT_UNIT.exec(compact);
        if (unitMatch?.[1] !== undefined) {
          isMeta = true;
          if (defaultUnit === null && defaultUnitText === null) {
            defaultUnit = parseUnitText(unitMatch[1]);
            defaultUnitText = defaultUnit === null ? unitMatch[1] : null;
          }
        }
      }
      if (!isMeta && title === null) title = text;
      if (!isMeta && !NOT_PERIOD_TEXT.test(simplified)) texts.push(simplified);
    }
  }
  return { title, reportingUnit, defaultUnit, defaultUnitText, texts };
}

/**
 * The sheet's period: from the title and other text above the header first, then from the
 * 本期 column's header text. A year found in one text completes a period found in another.
 *
 * @example
 * sheetPeriod(['主要经济指标（2025年）'], '1-6月') // { label: '1-6月', year: 2025, months: 6 }
 */
export function sheetPeriod(
  aboveHeader: readonly string[],
  currentHeader: string | null,
): Period | null {
  const candidates = currentHeader === null ? aboveHeader : [...aboveHeader, currentHeader];
  let period: Period | null = null;
  for (const text of candidates) {
    period = detectPeriod(text);
    if (period !== null) break;
  }
  if (period === null || period.year !== null) return period;
  for (const text of candidates) {
    const m = /((?:19|20)\d{2})年/.exec(toHalfWidth(text));
    if (m?.[1] !== undefined) return { ...period, year: Number(m[1]) };
  }
  return period;
}
