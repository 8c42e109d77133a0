import type { Unit } from '../../model';
import type { NarrativeLocale } from '../locale';
import { numberText } from './number-text';
import { figure, fillPattern, type Phrase } from './phrase';
import { quantityParts, quantityPhrase } from './quantity';

/** How far below a round figure a value may be to be "近" it: 5%. */
export const NEAR_FRACTION = 0.05;

/** Which word a value just above a round figure takes: 多 (350多万元) or 余 (50余人). */
export type ApproxWord = 'more' | 'over';

/** The largest power of ten not above x (x ≥ 1). */
function magnitudeOf(x: number): number {
  let m = 10 ** Math.floor(Math.log10(x));
  // log10 of 1000 may come out 2.9999…: correct by one step either way.
  if (m * 10 <= x) m *= 10;
  if (m > x) m /= 10;
  return m;
}

/**
 * The round figure a value is written as in an approximation, and which side of it the
 * value lies on; null when the exact value is to be written. `x` is the number in the unit
 * written (18.5 for 18.5亿元).
 */
function roundFigure(x: number): { readonly n: number; readonly side: 'near' | 'above' } | null {
  if (!Number.isFinite(x) || x < 1) return null;
  // A round figure reached through a unit conversion (3亿元 from 元) may be off by an ulp:
  // within this of it, the value is the figure itself.
  const ulps = x * 1e-12;
  const m = magnitudeOf(x + ulps);
  const up = Math.ceil((x + ulps) / m) * m;
  if (x < up - ulps && x >= up * (1 - NEAR_FRACTION)) return { n: up, side: 'near' };
  const step = x >= 100 ? m / 10 : x >= 10 ? 10 : 1;
  const down = Math.floor((x + ulps) / step) * step;
  return x > down + ulps ? { n: down, side: 'above' } : null;
}

/**
 * A value as a round figure, in the words of a report, never wrong in the direction:
 * - just below a round figure of one significant digit (within 5%): 近2亿元 (1.95亿元),
 *   近1000万元 (980万元);
 * - else above the figure truncated to two significant digits from 100 on (351 -> 350多,
 *   1234 -> 1200多), to the tens from 10 to 99 (57 -> 50余), to the units below 10 when the
 *   unit starts with a magnitude word (3.4亿元 -> 3亿多元);
 * - a round figure itself, a value below 1, a negative value, a rate or a share: the exact
 *   value (quantityPhrase).
 * `word` chooses 多 or 余 for values above. The figure's value is `value` as given.
 *
 * @example
 * approximatePhrase(3512345, parseUnit('元'), zhCN, null, 'more').text // "350多万元"
 * approximatePhrase(57, parseUnit('人'), zhCN, null, 'over').text // "50余人"
 * approximatePhrase(19500, parseUnit('万元'), zhCN, null, 'more').text // "近2亿元"
 */
export function approximatePhrase(
  value: number,
  unit: Unit | null,
  locale: NarrativeLocale,
  unitText: string | null,
  word: ApproxWord,
): Phrase {
  const exact = quantityPhrase(value, unit, locale, unitText);
  if (unit?.family === 'percent' || unit?.family === 'permille') return exact;
  const parts = quantityParts(value, unit, locale, unitText);
  const round = roundFigure(parts.scaled);
  if (round === null) return exact;
  let n = numberText(round.n, 0, locale.groupDigits);
  let unitWords = parts.unit;
  if (round.side === 'above' && round.n < 10) {
    // 3亿多元: below 10 the word follows the magnitude of the unit, or is not said.
    const magnitude = locale.unitMagnitudes.find(
      (m) => unitWords.startsWith(m) && unitWords.length > m.length,
    );
    if (magnitude === undefined) return exact;
    n += magnitude;
    unitWords = unitWords.slice(magnitude.length);
  }
  const gap = unitWords === '' ? '' : locale.punctuation.unitGap;
  const p = locale.patterns;
  const pattern =
    round.side === 'near' ? p.approxNear : word === 'over' ? p.approxOver : p.approxMore;
  const text = fillPattern(pattern, { n, unit: `${gap}${unitWords}` }).text;
  return figure(text, value);
}

/**
 * A small count in words, in the languages that write them (四家, 两家, 十二个); other
 * values, and other languages, as the value (quantityPhrase). Only counts of units without
 * a magnitude (家, 个, 条, 人…): money, rates and 万人 stay in digits.
 *
 * @example
 * countWordsPhrase(4, parseUnit('家'), zhCN, null).text // "四家"
 * countWordsPhrase(2, parseUnit('家'), zhCN, null).text // "两家"
 * countWordsPhrase(120, parseUnit('家'), zhCN, null).text // "120家"
 */
export function countWordsPhrase(
  value: number,
  unit: Unit | null,
  locale: NarrativeLocale,
  unitText: string | null,
): Phrase {
  const exact = quantityPhrase(value, unit, locale, unitText);
  const countable =
    unit === null || unit.family === 'count' || (unit.family === 'people' && unit.factor === 1);
  const word = countable ? locale.countWord(value) : null;
  if (word === null) return exact;
  const parts = quantityParts(value, unit, locale, unitText);
  return figure(`${word}${parts.unit}`, value);
}
