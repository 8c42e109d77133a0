import { roundForDisplay } from '../../compute';
import type { Unit } from '../../model';
import type { NarrativeLocale, ScaleStep } from '../locale';
import { numberText } from './number-text';
import { figure, fillPattern, type Phrase } from './phrase';

/**
 * Picks the step a magnitude is written in: the largest step whose `min` it reaches, moved
 * one step up when rounding carries it over (9999.996万元 -> 1亿元).
 */
function pickStep(base: number, steps: readonly ScaleStep[]): ScaleStep | null {
  const magnitude = Math.abs(base);
  let index = steps.findIndex((step) => magnitude >= step.min);
  if (index < 0) index = steps.length - 1;
  const step = steps[index];
  if (step === undefined) return null;
  const larger = steps[index - 1];
  if (larger !== undefined) {
    const rounded = roundForDisplay(magnitude / step.factor, step.decimals) * step.factor;
    if (rounded >= larger.min) return larger;
  }
  return step;
}

/** A quantity as written, split: the number ("18.5") and its unit ("亿元"), either may be "". */
export interface QuantityParts {
  readonly number: string;
  readonly unit: string;
  /** The number in the unit written (18.5 for 18.5亿元), for rounding to round figures. */
  readonly scaled: number;
}

function scaledParts(
  value: number,
  unit: Unit,
  steps: readonly ScaleStep[],
  locale: NarrativeLocale,
): QuantityParts {
  const base = value * unit.factor;
  const step = pickStep(base, steps);
  if (step === null)
    return { number: numberText(value, 2, locale.groupDigits), unit: '', scaled: value };
  const scaled = base / step.factor;
  return {
    number: numberText(scaled, step.decimals, locale.groupDigits),
    unit: step.symbol,
    scaled,
  };
}

/**
 * A value's number and unit as `quantityPhrase` writes them, apart, so that a template can
 * put words between them (产值达18.5亿元 around 达).
 *
 * @example
 * quantityParts(185000, parseUnit('万元'), zhCN) // { number: '18.5', unit: '亿元', scaled: 18.5 }
 * quantityParts(12.34, parseUnit('%'), zhCN) // { number: '12.3', unit: '%', scaled: 12.34 }
 */
export function quantityParts(
  value: number,
  unit: Unit | null,
  locale: NarrativeLocale,
  unitText: string | null = null,
): QuantityParts {
  if (unit === null) {
    return {
      number: numberText(value, 2, locale.groupDigits),
      unit: unitText ?? '',
      scaled: value,
    };
  }
  switch (unit.family) {
    case 'money':
      return scaledParts(value, unit, locale.money, locale);
    case 'people':
      return scaledParts(value, unit, locale.people, locale);
    case 'percent':
      return { number: numberText(value, 1), unit: '%', scaled: value };
    case 'permille':
      return { number: numberText(value, 1), unit: '‰', scaled: value };
    default:
      return {
        number: numberText(value, 2, locale.groupDigits),
        unit: locale.unitNames[unit.symbol] ?? unit.symbol,
        scaled: value,
      };
  }
}

/**
 * Money by size: at least 1亿元 in 亿元, at least 1万元 in 万元, else 元; up to 2 decimals,
 * trailing zeros dropped. The value may be in any money unit (元, 千元, 万元, 亿元).
 *
 * @example
 * moneyPhrase(185000, parseUnit('万元')!, zhCN).text // "18.5亿元"
 * moneyPhrase(7500, parseUnit('万元')!, zhCN).text // "7500万元"
 * moneyPhrase(8, parseUnit('亿元')!, zhCN).text // "8亿元"
 */
export function moneyPhrase(value: number, unit: Unit, locale: NarrativeLocale): Phrase {
  return quantityPhrase(value, unit, locale);
}

/**
 * A value with its unit, in the words of a report: money by size (see `moneyPhrase`),
 * people in 人 (万人 from 10万 on), percentages to 1 decimal, counts and other units as
 * written with up to 2 decimals (53家, 1200亩). The figure's value is `value` as given.
 *
 * @example
 * quantityPhrase(12000, parseUnit('人'), zhCN).text // "12000人"
 * quantityPhrase(53, parseUnit('家'), zhCN).text // "53家"
 * quantityPhrase(12.34, parseUnit('%'), zhCN).text // "12.3%"
 */
export function quantityPhrase(
  value: number,
  unit: Unit | null,
  locale: NarrativeLocale,
  unitText: string | null = null,
): Phrase {
  const parts = quantityParts(value, unit, locale, unitText);
  const tight = unit?.family === 'percent' || unit?.family === 'permille' || parts.unit === '';
  return figure(`${parts.number}${tight ? '' : locale.punctuation.unitGap}${parts.unit}`, value);
}

/**
 * A profit-type indicator's figure as a profit or a loss, in the words of a report: below
 * zero it is a loss, written without its sign (利润总额亏损1286万元, not 实现利润总额-1286万元).
 * `name` is the indicator's name, for the languages whose phrase has it. The figure's value
 * is `value`, with its sign, as the cell holds it.
 *
 * @example
 * profitOrLossPhrase(1286, parseUnit('万元'), zhCN, null, '利润总额').text // "实现利润总额1286万元"
 * profitOrLossPhrase(-1286, parseUnit('万元'), zhCN, null, '利润总额').text // "利润总额亏损1286万元"
 */
export function profitOrLossPhrase(
  value: number,
  unit: Unit | null,
  locale: NarrativeLocale,
  unitText: string | null,
  name: string,
): Phrase {
  // Written without its sign; the figure keeps the value as given, to trace to its cell.
  const amount = figure(quantityPhrase(Math.abs(value), unit, locale, unitText).text, value);
  return fillPattern(value < 0 ? locale.patterns.loss : locale.patterns.profit, {
    name,
    amount,
  });
}
