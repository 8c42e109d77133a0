/**
 * Small text helpers shared by the parser: width folding and whitespace handling.
 * All regular expressions are compiled once, here.
 */

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const NEEDS_FOLDING = /[\uFF01-\uFF5E\u3000]/;
const ALL_SPACE = /[\s\u3000\u00A0\uFEFF]+/g;
const MINUS_SIGNS = /[\u2212\u2012\u2013\uFE63]/g;

/**
 * Folds full-width ASCII (ＡＢＣ１２３（）：，％) to half-width and the ideographic space
 * to a plain space. Other characters are kept.
 *
 * @example
 * toHalfWidth('１２，３４５') // "12,345"
 * toHalfWidth('其中：') // "其中:"
 */
export function toHalfWidth(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text;
  return text
    .replace(FULL_WIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/**
 * Removes every kind of space, including the full-width space, NBSP and line breaks.
 *
 * @example
 * removeSpaces(' 本 期\n数 ') // "本期数"
 */
export function removeSpaces(text: string): string {
  return text.replace(ALL_SPACE, '');
}

/**
 * Folds the minus-like dashes used in number text (U+2212 −, U+2013 –…) to "-".
 *
 * @example
 * foldMinus('−5') // "-5"
 */
export function foldMinus(text: string): string {
  return text.replace(MINUS_SIGNS, '-');
}

/**
 * A cell's text, or null when the cell holds no text (null, number, boolean) or only spaces.
 *
 * @example
 * cellText('  东城镇 ') // "东城镇"
 * cellText(12) // null
 */
export function cellText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Width of the leading spaces of a label, in indentation levels: two half-width spaces or
 * one full-width space make one level.
 *
 * @example
 * leadingSpaceWidth('    其中：x') // 2
 * leadingSpaceWidth('\u3000x') // 1
 */
export function leadingSpaceWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === ' ' || ch === '\u00A0') width += 0.5;
    else if (ch === '\u3000' || ch === '\t') width += 1;
    else break;
  }
  return width;
}
