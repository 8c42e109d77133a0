import type { NarrativeLocale } from '../locale';
import { fillPattern, figure, type Phrase } from './phrase';

/**
 * 居全县第一: a rank in words (Chinese numerals up to 99).
 *
 * @example
 * rankLeadPhrase(1, '全县', zhCN).text // "居全县第一"
 */
export function rankLeadPhrase(rank: number, area: string, locale: NarrativeLocale): Phrase {
  const ordinal = {
    text: locale.ordinal(rank),
    figures: [{ text: locale.ordinal(rank), value: rank }],
  };
  return fillPattern(locale.patterns.rankLead, { area, ordinal });
}

/**
 * 在12个乡镇中位列第3位.
 *
 * @example
 * rankAmongPhrase(3, 12, zhCN).text // "在12个乡镇中位列第3位"
 */
export function rankAmongPhrase(rank: number, count: number, locale: NarrativeLocale): Phrase {
  const rankText = locale.id === 'en' ? locale.ordinal(rank) : String(rank);
  return fillPattern(locale.patterns.rankAmong, {
    rank: figure(rankText, rank),
    count: String(count),
  });
}

/**
 * Names joined as a list: 东城镇、西城镇、南城镇.
 *
 * @example
 * listPhrase([words('甲'), words('乙')], zhCN).text // "甲、乙"
 */
export function listPhrase(items: readonly Phrase[], locale: NarrativeLocale): Phrase {
  return {
    text: items.map((i) => i.text).join(locale.punctuation.list),
    figures: items.flatMap((i) => i.figures),
  };
}
