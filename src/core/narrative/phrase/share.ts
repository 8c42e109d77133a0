import { share } from '../../compute';
import type { NarrativeLocale } from '../locale';
import { percentText } from './number-text';
import { fillPattern, figure, type Phrase } from './phrase';

/**
 * 占82.6% (share of the parent), or 占销售收入的82.6% when the whole is named. The share
 * is computed from the two values, never copied. Null when the whole is not positive.
 *
 * @example
 * sharePhrase(111500, 135000, zhCN)?.text // "占82.6%"
 * sharePhrase(111500, 135000, zhCN, '销售收入')?.text // "占销售收入的82.6%"
 */
export function sharePhrase(
  part: number | null,
  whole: number | null,
  locale: NarrativeLocale,
  wholeName: string | null = null,
): Phrase | null {
  const pct = share(part, whole);
  if (pct === null) return null;
  return sharePctPhrase(pct, locale, wholeName);
}

/**
 * The same for a share already computed, in percent.
 *
 * @example
 * sharePctPhrase(15.24, zhCN, '全县').text // "占全县的15.2%"
 */
export function sharePctPhrase(
  pct: number,
  locale: NarrativeLocale,
  wholeName: string | null = null,
): Phrase {
  const value = figure(percentText(pct), pct);
  return wholeName === null
    ? fillPattern(locale.patterns.share, { pct: value })
    : fillPattern(locale.patterns.shareOf, { pct: value, whole: wholeName });
}
