import { exactSum, roundForDisplay, share } from '../../compute';
import { issue } from '../../diagnostics';
import type { ConsolidatedIndicator, TownshipFigures } from '../../model';
import {
  approximatePhrase,
  attribute,
  completionPhrase,
  countChangePhrase,
  countWordsPhrase,
  figure,
  fillPattern,
  growthPhrase,
  numberText,
  percentText,
  pointsPhrase,
  profitOrLossPhrase,
  quantityParts,
  quantityPhrase,
  rankAmongPhrase,
  rankLeadPhrase,
  ratioPhrase,
  schedulePhrase,
  sharePctPhrase,
  type ApproxWord,
  words,
  type Phrase,
} from '../phrase';
import { zeroProfitPhrase } from '../phrase/zero-profit';
import type { ResolveContext } from './context';
import { areaIsGroup, unitWordText, wholeAreaText } from './group-words';
import { figureSource, viewOf, type IndicatorView } from './indicator-view';

/** What a function gives: a phrase, nothing (no data), or a misuse outside a township. */
export type FunctionResult = Phrase | null | 'wrong-context';

/** Said when there is nothing to say: not missing data, so no segment is dropped. */
const EMPTY: Phrase = words('');

type IndicatorFunction = (view: IndicatorView, ctx: ResolveContext) => FunctionResult;

function ranked(indicator: ConsolidatedIndicator): TownshipFigures[] {
  return indicator.townships
    .filter((t) => t.rank !== null && t.current !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
}

function parentOf(view: IndicatorView, ctx: ResolveContext): ConsolidatedIndicator | null {
  const key = view.indicator.parentKey;
  return key === null ? null : ctx.index.byKey(key);
}

/**
 * Whether a 本期 figure says nothing: zero, in any unit but a rate (入园企业0家, 工商税收0元
 * are left out as if not reported; 0% is a rate). A zero profit is said by 盈亏.
 */
export function isSilentZero(indicator: ConsolidatedIndicator, current: number): boolean {
  const family = indicator.unit?.family;
  return current === 0 && family !== 'percent' && family !== 'permille';
}

/**
 * A share as a phrase, or null when it is not one: below zero (a negative part), or over
 * 100% as shown (a 其中项 above its whole), which is left out with a 核实 notice.
 */
function shareOrNull(
  pct: number | null,
  whole: { name: string; of: string | null },
  view: IndicatorView,
  ctx: ResolveContext,
): Phrase | null {
  if (pct === null || pct < 0) return null;
  if (roundForDisplay(pct, 1) > 100) {
    ctx.issues.push(
      issue(
        'narrative.share-over-whole',
        'verify',
        { indicator: view.indicator.name },
        {
          template: ctx.template,
          subject: ctx.township ?? ctx.words.area,
          indicator: view.indicator.name,
          whole: whole.name,
          pct: percentText(pct),
        },
      ),
    );
    return null;
  }
  return sharePctPhrase(pct, ctx.locale, whole.of);
}

type Write = (v: number, indicator: ConsolidatedIndicator, ctx: ResolveContext) => Phrase;

/**
 * A column of a view written by `write` (the value, the number alone, 约数, 汉字…). A 本期
 * that says nothing (a zero count or amount: `isSilentZero`) is no data.
 */
const written =
  (column: 'current' | 'previous' | 'target', write: Write): IndicatorFunction =>
  (view, ctx) => {
    const v = view[column];
    if (v === null || (column === 'current' && isSilentZero(view.indicator, v))) return null;
    return attribute(
      write(v, view.indicator, ctx),
      figureSource(view.indicator, ctx.township, [column]),
    );
  };

/** A ratio (元/人) as a report says it (人均产值63.3万元); any other unit as a quantity. */
const value = (column: 'current' | 'previous' | 'target'): IndicatorFunction =>
  written(
    column,
    (v, i, ctx) =>
      (i.unit && ratioPhrase(v, i.unit, ctx.locale, i.name)) ??
      quantityPhrase(v, i.unit, ctx.locale, i.unitText),
  );

const current = (write: Write): IndicatorFunction => written('current', write);

const approx =
  (word: ApproxWord): IndicatorFunction =>
  (view, ctx) =>
    current((v, i) => approximatePhrase(v, i.unit, ctx.locale, i.unitText, word))(view, ctx);

/** The 其中 items of `whole` that report a 本期 where the view is (area or township). */
function reportedItems(whole: ConsolidatedIndicator, ctx: ResolveContext): number {
  return ctx.consolidation.indicators.filter(
    (i) => i.parentKey === whole.key && (viewOf(i, ctx.township)?.current ?? null) !== null,
  ).length;
}

const FUNCTIONS: Readonly<Record<string, IndicatorFunction>> = {
  value: value('current'),
  number: current((v, i, ctx) =>
    figure(quantityParts(v, i.unit, ctx.locale, i.unitText).number, v),
  ),
  // The unit the value form chooses for the 本期 (亿元 for 18.5亿元): words, not a figure.
  unit: (view, ctx) =>
    view.current === null
      ? null
      : words(
          quantityParts(view.current, view.indicator.unit, ctx.locale, view.indicator.unitText)
            .unit,
        ),
  approxMore: approx('more'),
  approxOver: approx('over'),
  countWords: current((v, i, ctx) => countWordsPhrase(v, i.unit, ctx.locale, i.unitText)),
  ordinal: (view, ctx) => {
    if (view.township === null) return 'wrong-context';
    const { rank } = view.township;
    if (rank === null) return null;
    const ordinal = figure(ctx.locale.ordinal(rank), rank);
    return attribute(
      fillPattern(ctx.locale.patterns.ordinalAlone, { ordinal }),
      figureSource(view.indicator, null, ['current']),
    );
  },
  previous: value('previous'),
  target: value('target'),
  growth: (view, ctx) => {
    const { indicator } = view;
    const phrase = growthPhrase(
      {
        current: view.current,
        previous: view.previous,
        pct: view.growthPct,
        changePp: view.changePp,
        unit: indicator.unit,
        unitText: indicator.unitText,
      },
      ctx.locale,
    );
    return (
      phrase && attribute(phrase, figureSource(indicator, ctx.township, ['current', 'previous']))
    );
  },
  profitOrLoss: (view, ctx) => {
    const { indicator, current } = view;
    if (current === null) return null;
    if (current === 0) {
      const { unit, unitText, name } = indicator;
      return attribute(
        zeroProfitPhrase(view.previous, unit, ctx.locale, unitText, name),
        figureSource(indicator, ctx.township, ['current', 'previous']),
      );
    }
    return attribute(
      profitOrLossPhrase(current, indicator.unit, ctx.locale, indicator.unitText, indicator.name),
      figureSource(indicator, ctx.township, ['current']),
    );
  },
  rate: (view, ctx) =>
    view.growthPct === null
      ? null
      : attribute(
          figure(percentText(view.growthPct), view.growthPct),
          figureSource(view.indicator, ctx.township, ['current', 'previous']),
        ),
  points: (view, ctx) => {
    const pp =
      view.changePp ??
      (view.current !== null && view.previous !== null ? view.current - view.previous : null);
    return pp === null
      ? null
      : attribute(
          pointsPhrase(pp, ctx.locale),
          figureSource(view.indicator, ctx.township, ['current', 'previous']),
        );
  },
  share: (view, ctx) => {
    const { indicator } = view;
    if (view.township !== null) {
      const pct = view.township.sharePct ?? share(view.current, indicator.current);
      const area = wholeAreaText(ctx);
      const phrase = shareOrNull(pct, { name: area, of: area }, view, ctx);
      return phrase && attribute(phrase, figureSource(indicator, null, ['current']));
    }
    const parent = parentOf(view, ctx);
    if (parent === null) return null;
    const pct = share(view.current, parent.current);
    const phrase = shareOrNull(pct, { name: parent.name, of: null }, view, ctx);
    return phrase && attribute(phrase, figureSource(indicator, null, ['current'], parent));
  },
  shareOf: (view, ctx) => {
    const parent = parentOf(view, ctx);
    // A township's share of the area's total, the whole named: 占全县工业总产值的39.5%.
    if (parent === null && view.township !== null) {
      const pct = view.township.sharePct ?? share(view.current, view.indicator.current);
      const whole = `${wholeAreaText(ctx)}${view.indicator.name}`;
      const phrase = shareOrNull(pct, { name: whole, of: whole }, view, ctx);
      return phrase && attribute(phrase, figureSource(view.indicator, null, ['current']));
    }
    const parentView = parent && viewOf(parent, ctx.township);
    if (!parent || !parentView) return null;
    const pct = share(view.current, parentView.current);
    const phrase = shareOrNull(pct, { name: parent.name, of: parent.name }, view, ctx);
    return (
      phrase && attribute(phrase, figureSource(view.indicator, ctx.township, ['current'], parent))
    );
  },
  rank: (view, ctx) => {
    if (view.township === null) return 'wrong-context';
    if (view.township.rank === null) return null;
    return attribute(
      rankLeadPhrase(
        view.township.rank,
        ctx.words.area,
        ctx.locale,
        areaIsGroup(ctx) ? unitWordText(ctx) : null,
      ),
      figureSource(view.indicator, null, ['current']),
    );
  },
  rankAmong: (view, ctx) => {
    if (view.township === null) return 'wrong-context';
    if (view.township.rank === null) return null;
    const count = view.indicator.townships.filter((t) => t.rank !== null).length;
    return attribute(
      rankAmongPhrase(view.township.rank, count, ctx.locale, unitWordText(ctx)),
      figureSource(view.indicator, null, ['current']),
    );
  },
  completion: (view, ctx) => {
    const pct = view.completionPct ?? share(view.current, view.target);
    return pct === null
      ? null
      : attribute(
          completionPhrase(pct, ctx.locale),
          figureSource(view.indicator, ctx.township, ['current', 'target']),
        );
  },
  schedule: (view, ctx) => {
    const pct = view.completionPct ?? share(view.current, view.target);
    const phrase = pct === null ? null : schedulePhrase(pct, ctx.consolidation.period, ctx.locale);
    return (
      phrase && attribute(phrase, figureSource(view.indicator, ctx.township, ['current', 'target']))
    );
  },
  comparableBasis: (view, ctx) => {
    const { indicator } = view;
    // The area's growth is on a comparable basis (可比口径) that differs from the plain
    // totals when some township reports only one of 本期 and 上年同期; a township's own
    // growth, and a growth not computed, need no note.
    if (view.township !== null || indicator.nature !== 'additive') return EMPTY;
    if (indicator.growth.pct === null) return EMPTY;
    const partial = indicator.townships.some((t) => (t.current === null) !== (t.previous === null));
    return partial ? words(ctx.locale.patterns.comparableBasis) : EMPTY;
  },
  name: (view) => words(view.indicator.name),
  countChange: (view, ctx) => {
    const { indicator } = view;
    const phrase = countChangePhrase(
      view.current,
      view.previous,
      indicator.unit,
      ctx.locale,
      indicator.unitText,
    );
    return (
      phrase && attribute(phrase, figureSource(indicator, ctx.township, ['current', 'previous']))
    );
  },
  ofWhich: (view, ctx) => {
    const count = reportedItems(view.indicator, ctx);
    if (count === 0) return null;
    return words(count === 1 ? ctx.locale.patterns.ofWhich : ctx.locale.patterns.ofWhichList);
  },
  leader: (view) => {
    const first = ranked(view.indicator)[0];
    return first === undefined ? null : words(first.township);
  },
  topShare: (view, ctx) => {
    const all = ranked(view.indicator);
    const top = all.slice(0, 3);
    const total = view.indicator.current;
    // The top three of three or fewer townships hold 100%: nothing to say.
    if (all.length <= 3 || total === null) return null;
    const pct = share(exactSum(top.map((t) => t.current ?? 0)), total);
    // Over 100% when other townships are below zero (losses): not a share.
    if (pct === null || pct < 0 || roundForDisplay(pct, 1) > 100) return null;
    const phrase = fillPattern(ctx.locale.patterns.topShare, {
      area: wholeAreaText(ctx),
      pct: figure(percentText(pct), pct),
    });
    return attribute(phrase, figureSource(view.indicator, null, ['current']));
  },
  pull: (view, ctx) => {
    if (view.township === null) return 'wrong-context';
    const pp = view.township.pullPp;
    if (pp === null || pp <= 0) return null;
    const phrase = fillPattern(ctx.locale.patterns.pull, {
      area: wholeAreaText(ctx),
      pp: figure(numberText(pp, 1), pp),
    });
    return attribute(phrase, figureSource(view.indicator, null, ['current', 'previous']));
  },
};

/** The names a template may use for each function, Chinese first. */
const NAMES: Readonly<Record<string, readonly string[]>> = {
  value: ['本期', '值', 'value'],
  number: ['数', '数字', 'number'],
  unit: ['单位', 'unit'],
  approxMore: ['约数', '多', 'approx'],
  approxOver: ['余', 'approxOver'],
  countWords: ['汉字', 'inWords'],
  ordinal: ['第几', 'ordinal'],
  previous: ['上年同期', 'previous'],
  target: ['全年目标', '目标', 'target'],
  growth: ['增长', '同比', 'growth'],
  profitOrLoss: ['盈亏', 'profitOrLoss'],
  rate: ['增速', 'rate'],
  points: ['百分点', 'points'],
  share: ['占比', 'share'],
  shareOf: ['占比全称', 'shareOf'],
  rank: ['位次', 'rank'],
  rankAmong: ['排名', 'ranking'],
  completion: ['完成', '完成目标', 'completion'],
  schedule: ['进度', 'schedule'],
  comparableBasis: ['可比口径', 'comparableBasis'],
  name: ['名称', 'name'],
  countChange: ['增减', 'countChange'],
  ofWhich: ['其中', 'ofWhich'],
  leader: ['首位', 'leader'],
  topShare: ['前三位占比', 'topShare'],
  pull: ['拉动', 'pull'],
};

const BY_NAME = new Map<string, IndicatorFunction>();
for (const [id, names] of Object.entries(NAMES)) {
  const fn = FUNCTIONS[id];
  if (fn) for (const name of names) BY_NAME.set(name, fn);
}

/** The Chinese function names, for messages: 本期、上年同期… */
export const FUNCTION_NAMES: readonly string[] = Object.values(NAMES).map(
  (names) => names[0] ?? '',
);

/**
 * The function a placeholder names ({工业总产值.增长} -> growth); undefined when unknown.
 * Null (no function) means the value.
 *
 * @example
 * indicatorFunction('增长') // the growth phrase function
 * indicatorFunction('增速度') // undefined
 */
export function indicatorFunction(name: string | null): IndicatorFunction | undefined {
  return BY_NAME.get(name ?? '本期');
}
