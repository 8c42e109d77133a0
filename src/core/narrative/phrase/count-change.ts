import type { Unit } from '../../model';
import type { NarrativeLocale } from '../locale';
import { fillPattern, figure, words, type Phrase } from './phrase';
import { quantityPhrase } from './quantity';

/**
 * A change by number, as counts are said (增加2家, 减少1个, 持平), not by percent. Null when a
 * value is missing. The figure's value is the change, with its sign.
 *
 * @example
 * countChangePhrase(53, 51, parseUnit('家'), zhCN)?.text // "增加2家"
 * countChangePhrase(3, 4, parseUnit('个'), zhCN)?.text // "减少1个"
 * countChangePhrase(4, 4, parseUnit('个'), zhCN)?.text // "持平"
 */
export function countChangePhrase(
  current: number | null,
  previous: number | null,
  unit: Unit | null,
  locale: NarrativeLocale,
  unitText: string | null = null,
): Phrase | null {
  if (current === null || previous === null) return null;
  const change = current - previous;
  if (change === 0) return words(locale.patterns.flat);
  const amount = figure(quantityPhrase(Math.abs(change), unit, locale, unitText).text, change);
  return fillPattern(change > 0 ? locale.patterns.countUp : locale.patterns.countDown, {
    amount,
  });
}
