import type { NarrativeLocale } from '../locale';
import type { ChangePhrase } from './growth';
import { fillPattern, joinPhrases, type Phrase } from './phrase';

/** One indicator of a 分别 list: its label as said, its value and its change. */
export interface RespectivelyItem {
  readonly label: string;
  readonly value: Phrase;
  readonly change: ChangePhrase | null;
}

/** Items sharing a verb (rose, fell), or one item whose change stands alone (verb null). */
type Group = { readonly verb: 'up' | 'down' | null; readonly items: RespectivelyItem[] };

/** Items grouped by verb, each group where its first item was. */
function groupByVerb(items: readonly RespectivelyItem[]): Group[] {
  const groups: Group[] = [];
  for (const item of items) {
    const verb = verbOf(item.change);
    const existing = verb === null ? undefined : groups.find((g) => g.verb === verb);
    if (existing) existing.items.push(item);
    else groups.push({ verb, items: [item] });
  }
  return groups;
}

function amountsOf(group: Group): Phrase[] {
  return group.items.flatMap((item) => (item.change?.amount ? [item.change.amount] : []));
}

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
  const clauses = groupByVerb(items).map((group) => {
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
    return fillPattern(p.respectively, {
      items: listed,
      verb: group.verb === 'down' ? p.downVerb : p.upVerb,
      amounts: joinPhrases(amountsOf(group), locale.punctuation.list),
    });
  });
  return joinPhrases(clauses, locale.punctuation.clause);
}

/** Phrases as a list whose last two are joined by 和: "5.1%、5%和4%". */
function listWithLast(phrases: readonly Phrase[], locale: NarrativeLocale): Phrase {
  const last = phrases[phrases.length - 1];
  if (phrases.length < 2 || last === undefined) return joinPhrases(phrases, '');
  const head = joinPhrases(phrases.slice(0, -1), locale.punctuation.list);
  return joinPhrases([head, last], locale.patterns.lastJoin);
}

/**
 * Several indicators' changes without their values and without 分别: "产值、销售同比增长5.1%和
 * 5%". Grouped as `respectivelyPhrase` groups them (rose, fell, each other change alone);
 * groups are joined with "，". Amounts are written without sign (下降3%, never "-3%"). An
 * item without a change is written as its label and value (a fallback, for instance).
 *
 * @example
 * parallelPhrase([
 *   { label: '产值', value: figure('57.2亿元', 572000), change: percentChangePhrase(5.1, zhCN) },
 *   { label: '销售', value: figure('54.9亿元', 549000), change: percentChangePhrase(5, zhCN) },
 * ], zhCN).text // "产值、销售同比增长5.1%和5%"
 */
export function parallelPhrase(
  items: readonly RespectivelyItem[],
  locale: NarrativeLocale,
): Phrase {
  const p = locale.patterns;
  const clauses = groupByVerb(items).map((group) => {
    const labels = group.items.map((item) => item.label).join(locale.punctuation.list);
    const first = group.items[0];
    if (group.items.length === 1 && first !== undefined) {
      return first.change === null
        ? fillPattern(p.item, { label: first.label, value: first.value })
        : fillPattern(p.parallelSingle, { labels, growth: first.change });
    }
    return fillPattern(p.parallel, {
      labels,
      verb: group.verb === 'down' ? p.downVerb : p.upVerb,
      amounts: listWithLast(amountsOf(group), locale),
    });
  });
  return joinPhrases(clauses, locale.punctuation.comma);
}
