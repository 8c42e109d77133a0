import type { NarrativeLocale } from '../locale';
import type { ChangePhrase } from './growth';
import { fillPattern, joinPhrases, type Phrase } from './phrase';

/** One indicator of a 分别 list: its label as said, its value and its change. */
export interface RespectivelyItem {
  readonly label: string;
  readonly value: Phrase;
  readonly change: ChangePhrase | null;
}

type Group = { readonly verb: 'up' | 'down' | null; readonly items: RespectivelyItem[] };

function verbOf(change: ChangePhrase | null): 'up' | 'down' | null {
  if (change === null) return null;
  if (change.kind === 'up' || change.kind === 'up-times') return 'up';
  if (change.kind === 'down') return 'down';
  return null;
}

/**
 * Several indicators sharing one verb: "产值57.2亿元、销售54.9亿元，同比分别增长40.5%、
 * 41.6%". Items that rose and items that fell form separate clauses (joined with "；");
 * any other change (持平, 扭亏为盈, 个百分点, （上年同期为零）…) or no change at all stands alone.
 * Group clauses appear where their first item was.
 *
 * @example
 * respectivelyPhrase([
 *   { label: '产值', value: figure('57.2亿元', 572000), change: percentChangePhrase(40.5, zhCN) },
 *   { label: '销售', value: figure('54.9亿元', 549000), change: percentChangePhrase(41.6, zhCN) },
 * ], zhCN).text // "产值57.2亿元、销售54.9亿元，同比分别增长40.5%、41.6%"
 */
export function respectivelyPhrase(
  items: readonly RespectivelyItem[],
  locale: NarrativeLocale,
): Phrase {
  const p = locale.patterns;
  const groups: Group[] = [];
  for (const item of items) {
    const verb = verbOf(item.change);
    const existing = verb === null ? undefined : groups.find((g) => g.verb === verb);
    if (existing) existing.items.push(item);
    else groups.push({ verb, items: [item] });
  }
  const clauses = groups.map((group) => {
    const itemPhrases = group.items.map((item) =>
      fillPattern(p.item, { label: item.label, value: item.value }),
    );
    const listed = joinPhrases(itemPhrases, locale.punctuation.list);
    const first = group.items[0];
    if (group.items.length === 1 && first !== undefined) {
      if (first.change === null) return listed;
      // An aside (（上年同期为零）) follows the figure, without 同比.
      return first.change.aside === true
        ? joinPhrases([listed, first.change], '')
        : fillPattern(p.single, { items: listed, growth: first.change });
    }
    const amounts = group.items.flatMap((item) =>
      item.change?.amount ? [item.change.amount] : [],
    );
    return fillPattern(p.respectively, {
      items: listed,
      verb: group.verb === 'down' ? p.downVerb : p.upVerb,
      amounts: joinPhrases(amounts, locale.punctuation.list),
    });
  });
  return joinPhrases(clauses, locale.punctuation.clause);
}
