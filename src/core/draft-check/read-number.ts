/**
 * Numbers as drafts write them: Arabic digits (full-width folded, thousands commas
 * dropped) and Chinese numerals (四, 十二, 两千, 三百五十). Each reading keeps its
 * precision: the value of one unit of its last written digit.
 */

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The characters of a Chinese numeral below 万 (万 and 亿 are read as part of a unit). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

/** A number read from a draft. */
export interface NumberReading {
  readonly value: number;
  /** Decimals written (1 for "18.5", 0 for "12000" and Chinese numerals). */
  readonly decimals: number;
  /** One unit of the last significant digit: 10 for "350", 1000 for "两千", 0.1 for "18.5". */
  readonly step: number;
  readonly chinese: boolean;
}

/**
 * Folds full-width digits, point, percent and comma to ASCII, keeping the text's length
 * (so offsets into the folded text are offsets into the draft).
 *
 * @example foldDigits('１８．５％') // "18.5%"
 */
export function foldDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0E\uFF05]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

function chineseValue(text: string): { value: number; step: number } | null {
  let total = 0;
  let digit: number | null = null;
  let step = 1;
  for (const ch of text) {
    const d = CHINESE_DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = CHINESE_UNITS[ch];
    if (unit === undefined) return null;
    total += (digit ?? 1) * unit;
    step = unit;
    digit = null;
  }
  if (digit !== null) {
    total += digit;
    // 两千五 = 2500: a trailing digit after a unit counts in the next unit down.
    if (step > 1 && text.length >= 2 && CHINESE_UNITS[text[text.length - 2] ?? ''] !== undefined) {
      total += digit * (step / 10) - digit;
      step /= 10;
    } else {
      step = 1;
    }
  }
  return { value: total, step };
}

/** The unit of the last non-zero digit of an integer: 350 → 10, 2000 → 1000, 53 → 1. */
function integerStep(value: number): number {
  let step = 1;
  let rest = Math.round(value);
  while (rest !== 0 && rest % 10 === 0) {
    rest /= 10;
    step *= 10;
  }
  return step;
}

/**
 * Reads a number as a draft writes it; null when it is not one.
 *
 * @example
 * readNumber('18.5') // { value: 18.5, decimals: 1, step: 0.1, chinese: false }
 * readNumber('两千') // { value: 2000, decimals: 0, step: 1000, chinese: true }
 * readNumber('12,000') // { value: 12000, decimals: 0, step: 1000, chinese: false }
 */
export function readNumber(text: string): NumberReading | null {
  const folded = foldDigits(text).replace(/,/g, '');
  if (/^\d+(?:\.\d+)?$/.test(folded)) {
    const value = Number(folded);
    const decimals = folded.includes('.') ? folded.length - folded.indexOf('.') - 1 : 0;
    const step = decimals > 0 ? 10 ** -decimals : integerStep(value);
    return { value, decimals, step, chinese: false };
  }
  if (folded === '' || ![...folded].every((ch) => CHINESE_NUMERAL_CHARS.includes(ch))) return null;
  const read = chineseValue(folded);
  return read === null ? null : { ...read, decimals: 0, chinese: true };
}
