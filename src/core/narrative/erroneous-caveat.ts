import type { NarrativeLocale } from './locale';
import { fillPattern, type PhraseFigure } from './phrase';

/**
 * A paragraph with a caveat before its end mark when it quotes an indicator the audit found
 * 错误 in (`erroneous`: indicator names), naming those indicators in reading order; the
 * paragraph as it is otherwise.
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
  const named = new Set<string>();
  for (const f of figures) {
    const indicator = f.source?.indicator;
    if (indicator !== undefined && erroneous.has(indicator)) named.add(indicator);
  }
  if (named.size === 0) return text;
  const caveat = fillPattern(locale.patterns.erroneousCaveat, {
    indicators: [...named].join(locale.punctuation.list),
  }).text;
  const { end } = locale.punctuation;
  return text.endsWith(end)
    ? `${text.slice(0, text.length - end.length)}${caveat}${end}`
    : `${text}${caveat}`;
}
