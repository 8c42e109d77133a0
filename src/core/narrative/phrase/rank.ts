import type { NarrativeLocale } from '../locale';
import { fillPattern, figure, type Phrase } from './phrase';

/**
 * 居全县第一: a rank in words (Chinese numerals up to 99). With `group` (the area is the
 * bare group word), among the units instead: 居各园区首位, 居各园区第二.
 *
 * @example
 * rankLeadPhrase(1, '全县', zhCN).text // "居全县第一"
 * rankLeadPhrase(1, '园区', zhCN, '园区').text // "居各园区首位"
 */
export function rankLeadPhrase(
  rank: number,
  area: string,
  locale: NarrativeLocale,
  group: string | null = null,
): Phrase {
  const ordinal = {
    text: locale.ordinal(rank),
    figures: [{ text: locale.ordinal(rank), value: rank }],
  };
  if (group === null) return fillPattern(locale.patterns.rankLead, { area, ordinal });
  if (rank === 1) {
    // 首位 carries the rank as its figure, as 第一 does.
    const first = figure(locale.patterns.first, rank);
    return fillPattern(locale.patterns.rankFirstGroup, { unit: group, first });
  }
  return fillPattern(locale.patterns.rankLeadGroup, { unit: group, ordinal });
}

/**
 * 在12个乡镇中位列第3位; `unit` is the group word as written (乡镇, 园区, parks).
 *
 * @example
 * rankAmongPhrase(3, 12, zhCN, '乡镇').text // "在12个乡镇中位列第3位"
 * rankAmongPhrase(1, 3, zhCN, '园区').text // "在3个园区中位列第1位"
 */
export function rankAmongPhrase(
  rank: number,
  count: number,
  locale: NarrativeLocale,
  unit: string,
): Phrase {
  const rankText = locale.id === 'en' ? locale.ordinal(rank) : String(rank);
  return fillPattern(locale.patterns.rankAmong, {
    rank: figure(rankText, rank),
    count: String(count),
    unit,
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
