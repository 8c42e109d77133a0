import { growth as computeGrowth, roundForDisplay } from '../../compute';
import type { Unit } from '../../model';
import type { NarrativeLocale } from '../locale';
import { numberText, percentText } from './number-text';
import { fillPattern, figure, words, type Phrase } from './phrase';
import { quantityPhrase } from './quantity';

/** What a change says: the rule that chose its words. */
export type ChangeKind =
  | 'up'
  | 'up-times'
  | 'down'
  | 'flat'
  | 'base-zero'
  | 'turn-profit'
  | 'turn-loss'
  | 'loss-narrowed'
  | 'loss-widened'
  | 'points-up'
  | 'points-down'
  | 'points-flat';

/**
 * A change phrase ("增长5.1%"), with its amount alone ("5.1%") for 分别 lists. An `aside`
 * ("（上年同期为零）") stands in for its whole clause: the clause's own words ("，同比") go.
 */
export interface ChangePhrase extends Phrase {
  readonly kind: ChangeKind;
  readonly amount: Phrase | null;
}

export interface GrowthInput {
  readonly current: number | null;
  readonly previous: number | null;
  /** Growth already computed (可比口径), in percent; used when the base is positive. */
  readonly pct?: number | null;
  /** For rates: the change in percentage points, when already computed. */
  readonly changePp?: number | null;
  readonly unit: Unit | null;
  readonly unitText?: string | null;
}

/**
 * A change in percentage points (for rates and shares): 提高0.8个百分点 / 回落1.2个百分点 /
 * 持平 (when it rounds to 0.0).
 *
 * @example
 * pointsPhrase(0.8, zhCN).text // "提高0.8个百分点"
 * pointsPhrase(-1.24, zhCN).text // "回落1.2个百分点"
 */
export function pointsPhrase(pp: number, locale: NarrativeLocale): ChangePhrase {
  const rounded = roundForDisplay(pp, 1);
  const p = locale.patterns;
  if (rounded === 0) return { ...words(p.pointsFlat), kind: 'points-flat', amount: null };
  const amount = figure(numberText(Math.abs(pp), 1), pp);
  const phrase = fillPattern(rounded > 0 ? p.pointsUp : p.pointsDown, { pp: amount });
  return { ...phrase, kind: rounded > 0 ? 'points-up' : 'points-down', amount };
}

/**
 * A growth rate in percent as words: 增长5.1% / 下降3.2% (no minus sign) / 持平 (below
 * 0.05%) / 增长1.5倍 (from 100% on).
 *
 * @example
 * percentChangePhrase(5.0568, zhCN).text // "增长5.1%"
 * percentChangePhrase(-3.2, zhCN).text // "下降3.2%"
 * percentChangePhrase(150, zhCN).text // "增长1.5倍"
 */
export function percentChangePhrase(pct: number, locale: NarrativeLocale): ChangePhrase {
  const rounded = roundForDisplay(pct, 1);
  const p = locale.patterns;
  if (rounded === 0) return { ...words(p.flat), kind: 'flat', amount: null };
  if (rounded >= 100) {
    const amount = fillPattern(p.times, { n: figure(numberText(pct / 100, 1), pct) });
    const times = { text: amount.text, figures: [{ text: amount.text, value: pct }] };
    return { ...fillPattern(p.upTimes, { times }), kind: 'up-times', amount: times };
  }
  const amount = figure(percentText(Math.abs(pct)), pct);
  const phrase = fillPattern(rounded > 0 ? p.up : p.down, { pct: amount });
  return { ...phrase, kind: rounded > 0 ? 'up' : 'down', amount };
}

/**
 * How an indicator changed on the same period last year, in report words. Rates (unit %)
 * change in 个百分点; a zero base gives the aside （上年同期为零） (never 新增); negative
 * values (profits) give 扭亏为盈, 由盈转亏, 减亏X or 增亏X. Null when there is nothing to
 * compare: no base, or a current figure of zero (a zero figure is said by its value, 利润总额
 * 为零（上年同期盈利100万元）, never 下降100% nor 扭亏为盈).
 *
 * @example
 * growthPhrase({ current: 185000, previous: 176000, unit: wan }, zhCN)?.text // "增长5.1%"
 * growthPhrase({ current: 300, previous: 0, unit: wan }, zhCN)?.text // "（上年同期为零）"
 * growthPhrase({ current: 0, previous: 100, unit: wan }, zhCN) // null
 * growthPhrase({ current: -200, previous: -500, unit: wan }, zhCN)?.text // "减亏300万元"
 */
export function growthPhrase(input: GrowthInput, locale: NarrativeLocale): ChangePhrase | null {
  const { current, previous, unit } = input;
  const p = locale.patterns;
  if (unit?.family === 'percent') {
    const pp =
      input.changePp ?? (current !== null && previous !== null ? current - previous : null);
    return pp === null || !Number.isFinite(pp) ? null : pointsPhrase(pp, locale);
  }
  if (current === 0) return null;
  if (current !== null && previous !== null) {
    if (previous === 0) {
      return { ...words(p.baseZero), kind: 'base-zero', amount: null, aside: true };
    }
    if (previous < 0 && current > 0) {
      return { ...words(p.turnProfit), kind: 'turn-profit', amount: null };
    }
    if (previous > 0 && current < 0) {
      return { ...words(p.turnLoss), kind: 'turn-loss', amount: null };
    }
    if (previous < 0 && current < 0) {
      const change = current - previous;
      if (change === 0) return { ...words(p.flat), kind: 'flat', amount: null };
      const amount = quantityPhrase(Math.abs(change), unit, locale, input.unitText ?? null);
      const narrowed = change > 0;
      const phrase = fillPattern(narrowed ? p.lossNarrowed : p.lossWidened, { amount });
      return { ...phrase, kind: narrowed ? 'loss-narrowed' : 'loss-widened', amount };
    }
  }
  const pct = input.pct ?? computeGrowth(current, previous).pct;
  if (pct === null || !Number.isFinite(pct)) return null;
  return percentChangePhrase(pct, locale);
}
