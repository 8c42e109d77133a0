import { parseUnit, type Unit } from '../../model';
import type { NarrativeLocale } from '../locale';
import { numberText } from './number-text';
import { figure, type Phrase } from './phrase';
import { moneyPhrase } from './quantity';

/** Significant digits of a ratio's figure (63.3万元, 0.047吨标准煤); whole units are never rounded away. */
const RATIO_DIGITS = 3;

/** Decimals that show `value` to RATIO_DIGITS significant digits (never fewer than 0). */
function ratioDecimals(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0) return 0;
  return Math.max(0, RATIO_DIGITS - 1 - Math.floor(Math.log10(magnitude)));
}

/**
 * Whether the indicator's name already says "per B": 人均 (per 人), 亩均 (per 亩), 万元产值…
 * (per 万元), 每万元… (per 万元).
 */
function nameSaysPer(name: string, per: string): boolean {
  const perUnit = parseUnit(per);
  const perPerson = perUnit?.family === 'people' && perUnit.factor === 1;
  return (
    name.startsWith(`${per}均`) ||
    name.startsWith(per) ||
    name.includes(`每${per}`) ||
    (perPerson && name.startsWith('人均'))
  );
}

/**
 * A ratio (compound unit "A/B": 元/人, 吨标准煤/万元) in the words of a report: money per
 * unit by size (633164.8元/人 -> 63.3万元), other amounts as they are, both to three
 * significant digits; "/B" is left out when the name already says it (人均产值63.3万元,
 * 万元产值能耗0.047吨标准煤), kept otherwise (5.2万元/亩). Null for a unit that is not a
 * ratio, or whose numerator is not a unit we know.
 *
 * @example
 * ratioPhrase(633164.8, parseUnit('元/人')!, zhCN, '人均产值')?.text // "63.3万元"
 * ratioPhrase(0.04702, parseUnit('吨标准煤/万元')!, zhCN, '万元产值能耗')?.text // "0.047吨标准煤"
 */
export function ratioPhrase(
  value: number,
  unit: Unit,
  locale: NarrativeLocale,
  name: string,
): Phrase | null {
  if (unit.family !== 'compound') return null;
  const [top = '', per = ''] = unit.symbol.split('/');
  const topUnit = parseUnit(top);
  if (topUnit === null || per === '') return null;
  let amount: string;
  if (topUnit.family === 'money') {
    // The money step (万元, 亿元…) by size, then three significant digits in it.
    const step = moneyPhrase(value, topUnit, locale).text;
    const symbol = locale.money.find((s) => step.endsWith(s.symbol));
    const inStep = symbol === undefined ? value : (value * topUnit.factor) / symbol.factor;
    amount = `${numberText(inStep, ratioDecimals(inStep), locale.groupDigits)}${locale.punctuation.unitGap}${symbol?.symbol ?? top}`;
  } else {
    const written = locale.unitNames[topUnit.symbol] ?? topUnit.symbol;
    amount = `${numberText(value, ratioDecimals(value), locale.groupDigits)}${locale.punctuation.unitGap}${written}`;
  }
  return figure(nameSaysPer(name, per) ? amount : `${amount}/${per}`, value);
}
