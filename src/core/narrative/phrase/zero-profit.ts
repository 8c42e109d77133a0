import type { Unit } from '../../model';
import type { NarrativeLocale } from '../locale';
import { figure, fillPattern, joinPhrases, words, type Phrase } from './phrase';
import { quantityPhrase } from './quantity';

/**
 * A profit-type indicator whose figure is zero, with last year's figure as an aside, in
 * place of a growth (a zero has none worth saying: not 扭亏为盈, not 下降100%): after a loss
 * it broke even, else it is zero. `previous` is null when last year's figure is unknown.
 * Its figures: the words that say zero (value 0), then the aside's `previous`, with its sign,
 * as the cell holds it.
 *
 * @example
 * zeroProfitPhrase(-50, parseUnit('万元'), zhCN, null, '利润总额').text
 * // "利润总额盈亏持平（上年同期亏损50万元）"
 * zeroProfitPhrase(100, parseUnit('万元'), zhCN, null, '利润总额').text
 * // "利润总额为零（上年同期盈利100万元）"
 */
export function zeroProfitPhrase(
  previous: number | null,
  unit: Unit | null,
  locale: NarrativeLocale,
  unitText: string | null,
  name: string,
): Phrase {
  const p = locale.patterns;
  const pattern = previous !== null && previous < 0 ? p.breakEven : p.profitZero;
  const said = fillPattern(pattern, { name }).text;
  // The words that say zero (为零, 盈亏持平) stand for the figure: they trace to its cell as
  // a number would; the name before them is words.
  const zero = fillPattern(pattern, { name: '' }).text;
  const named = said.length > zero.length && said.endsWith(zero);
  const head = named
    ? joinPhrases([words(said.slice(0, said.length - zero.length)), figure(zero, 0)], '')
    : figure(said, 0);
  if (previous === null) return head;
  if (previous === 0) return joinPhrases([head, words(p.previousZero)], '');
  const amount = figure(quantityPhrase(Math.abs(previous), unit, locale, unitText).text, previous);
  const aside = fillPattern(previous < 0 ? p.previousLoss : p.previousProfit, { amount });
  return joinPhrases([head, aside], '');
}
