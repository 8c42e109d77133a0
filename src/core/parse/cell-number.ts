import type { CellValue } from '../grid/cell';
import { foldMinus, removeSpaces, toHalfWidth } from './text';
import { toSimplified } from './traditional';

/**
 * Reading one value cell: a number, no data, or a problem to report. Never a silent 0.
 */
export type CellNumber =
  /** A number; `fromText` when it was written as text ("12,345", "5.1%"). */
  | { readonly kind: 'number'; readonly value: number; readonly fromText: boolean }
  /**
   * "1.2万", "3.5亿", "1.2万元": `value` is the number as written (1.2), `multiplier` the
   * magnitude (1e4, 1e8), `unitText` the unit written after the magnitude, if any
   * ("1.2万元" -> "元", "3万人" -> "人").
   */
  | {
      readonly kind: 'magnitude';
      readonly value: number;
      readonly multiplier: number;
      readonly unitText: string | null;
      readonly text: string;
    }
  /** Blank, dash, "…", "无": no data, silently. */
  | { readonly kind: 'empty' }
  | { readonly kind: 'excel-error'; readonly text: string }
  /**
   * A number too large for a double ("1e400", 1e309 digits, "Infinity" or a NaN or
   * ±Infinity value from a host): never read as a figure.
   */
  | { readonly kind: 'non-finite'; readonly text: string }
  | { readonly kind: 'not-number'; readonly text: string };

export interface CellNumberOptions {
  /** The cell has a "%" number format: the stored 0.051 is shown (and meant) as 5.1%. */
  readonly percentFormat?: boolean;
}

const NO_DATA = /^(?:[-—–－―~～/／\\…．.。·_、]+|[无無]|暫無|暂无|不適用|不适用|空白?|n\/?a)$/i;
const EXCEL_ERROR = /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const MAGNITUDE = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(万|亿|萬|億)(.*)$/;
const MAGNITUDE_FACTOR: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 萬: 1e4, 億: 1e8 };
/** Words for a non-finite number, as programs write them. */
const NON_FINITE_WORD = /^[+-]?(?:inf(?:inity)?|nan|∞)$/i;

/** No data: one shared object, a sheet has many blank cells. */
const EMPTY: CellNumber = { kind: 'empty' };
/** The default options, one object: a default `{}` would be a new object per blank cell. */
const NO_OPTIONS: CellNumberOptions = {};

function readPlain(text: string): number | null {
  if (PLAIN_NUMBER.test(text)) return Number(text);
  if (GROUPED_NUMBER.test(text)) return Number(text.replace(/,/g, ''));
  return null;
}

/** A number read from text: a figure, or non-finite when it overflows a double ("1e400"). */
function numberFromText(value: number, written: string): CellNumber {
  return Number.isFinite(value)
    ? { kind: 'number', value, fromText: true }
    : { kind: 'non-finite', text: written };
}

/**
 * Rounds away binary noise (0.051 * 100 = 5.1000000000000005) without losing real digits.
 *
 * @example
 * clean(0.051 * 100) // 5.1
 */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * Reads a raw value cell.
 *
 * @example
 * parseCellNumber(185000) // { kind: 'number', value: 185000, fromText: false }
 * parseCellNumber('１２，３４５') // { kind: 'number', value: 12345, fromText: true }
 * parseCellNumber('5.1%') // { kind: 'number', value: 5.1, fromText: true }
 * parseCellNumber(0.051, { percentFormat: true }) // { kind: 'number', value: 5.1, fromText: false }
 * parseCellNumber('—') // { kind: 'empty' }
 * parseCellNumber('1.2万元') // { kind: 'magnitude', value: 1.2, multiplier: 10000, unitText: '元', text: '1.2万元' }
 * parseCellNumber('#DIV/0!') // { kind: 'excel-error', text: '#DIV/0!' }
 * parseCellNumber('1e400') // { kind: 'non-finite', text: '1e400' }
 */
export function parseCellNumber(
  value: CellValue,
  options: CellNumberOptions = NO_OPTIONS,
): CellNumber {
  if (value === null) return EMPTY;
  if (typeof value === 'boolean') return { kind: 'not-number', text: value ? 'TRUE' : 'FALSE' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'non-finite', text: String(value) };
    return {
      kind: 'number',
      value: options.percentFormat === true ? clean(value * 100) : value,
      fromText: false,
    };
  }
  const written = value.trim();
  // Fast path: plain digits need none of the folding below.
  if (PLAIN_NUMBER.test(written)) return numberFromText(Number(written), written);
  const text = removeSpaces(foldMinus(toHalfWidth(value)));
  if (text === '' || NO_DATA.test(text)) return EMPTY;
  if (EXCEL_ERROR.test(text)) return { kind: 'excel-error', text: text.toUpperCase() };

  const plain = readPlain(text);
  if (plain !== null) return numberFromText(plain, written);
  if (text.endsWith('%') || text.endsWith('‰')) {
    const percent = readPlain(text.slice(0, -1));
    if (percent !== null) return numberFromText(percent, written);
  }
  if (NON_FINITE_WORD.test(text)) return { kind: 'non-finite', text: written };
  const magnitude = MAGNITUDE.exec(text);
  if (magnitude?.[1] !== undefined && magnitude[2] !== undefined) {
    const unitText =
      magnitude[3] === undefined || magnitude[3] === '' ? null : toSimplified(magnitude[3]);
    const number = Number(magnitude[1]);
    if (!Number.isFinite(number * (MAGNITUDE_FACTOR[magnitude[2]] ?? 1))) {
      return { kind: 'non-finite', text: written };
    }
    return {
      kind: 'magnitude',
      value: number,
      multiplier: MAGNITUDE_FACTOR[magnitude[2]] ?? 1,
      unitText,
      text: written,
    };
  }
  return { kind: 'not-number', text: written };
}
