import type { NarrativeLocale } from './locale';
import { fillPattern, type PhraseFigure } from './phrase';

/**
 * A paragraph with a caveat at the end of each clause (up to its ；or 。) that quotes an
 * indicator the audit found 错误 in (`erroneous`: indicator names), naming those indicators
 * in reading order; the paragraph as it is otherwise. The caveat stands by the doubtful
 * figure, not after an unrelated sentence of a long paragraph.
 *
 * @example
 * withCaveat('上半年，全县实现工业总产值25亿元。', figures, new Set(['工业总产值']), zhCN)
 * // "上半年，全县实现工业总产值25亿元（工业总产值数据经审核存在错误，详见“审核”表）。"
 */
export function withCaveat(
  text: string,
  figures: readonly PhraseFigure[],
  erroneous: ReadonlySet<string>,
  locale: NarrativeLocale,
): string {
  if (erroneous.size === 0) return text;
  const { end, clause } = locale.punctuation;
  // Clause end (index of its ；or 。, or the text's length) → the indicators it quotes.
  const bySentence = new Map<number, Set<string>>();
  let cursor = 0;
  for (const f of figures) {
    const at = text.indexOf(f.text, cursor);
    if (at < 0) continue;
    cursor = at + f.text.length;
    const indicator = f.source?.indicator;
    if (indicator === undefined || !erroneous.has(indicator)) continue;
    const marks = [markAfter(text, end, cursor), markAfter(text, clause.trim(), cursor)];
    const found = marks.filter((mark) => mark >= 0);
    const sentenceEnd = found.length === 0 ? text.length : Math.min(...found);
    const named = bySentence.get(sentenceEnd) ?? new Set<string>();
    named.add(indicator);
    bySentence.set(sentenceEnd, named);
  }
  let out = text;
  for (const [at, named] of [...bySentence].sort((a, b) => b[0] - a[0])) {
    const caveat = fillPattern(locale.patterns.erroneousCaveat, {
      indicators: [...named].join(locale.punctuation.list),
    }).text;
    out = `${out.slice(0, at)}${caveat}${out.slice(at)}`;
  }
  return out;
}

/** The next `mark` at or after `from` that is punctuation, not a decimal point (8.3%). */
function markAfter(text: string, mark: string, from: number): number {
  for (let at = text.indexOf(mark, from); at >= 0; at = text.indexOf(mark, at + 1)) {
    if (!/\d/.test(text.charAt(at + mark.length))) return at;
  }
  return -1;
}
