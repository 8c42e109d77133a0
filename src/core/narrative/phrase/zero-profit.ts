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
  const said = fillPattern(previous !== null && previous < 0 ? p.breakEven : p.profitZero, {
    name,
  }).text;
  // The words stand for the figure zero: they trace to its cell as a number would.
  const head = figure(said, 0);
  if (previous === null) return head;
  if (previous === 0) return joinPhrases([head, words(p.previousZero)], '');
  const amount = figure(quantityPhrase(Math.abs(previous), unit, locale, unitText).text, previous);
  const aside = fillPattern(previous < 0 ? p.previousLoss : p.previousProfit, { amount });
  return joinPhrases([head, aside], '');
}
