import { exactSum, share } from '../../compute';
import type { ConsolidatedIndicator, TownshipFigures } from '../../model';
import {
  approximatePhrase,
  attribute,
  completionPhrase,
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
  schedulePhrase,
  sharePctPhrase,
  type ApproxWord,
  sharePhrase,
  words,
  type Phrase,
} from '../phrase';
import type { ResolveContext } from './context';
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

type Write = (v: number, indicator: ConsolidatedIndicator, ctx: ResolveContext) => Phrase;

/** A column of a view written by `write` (the value, the number alone, 约数, 汉字…). */
const written =
  (column: 'current' | 'previous' | 'target', write: Write): IndicatorFunction =>
  (view, ctx) => {
    const v = view[column];
    return v === null
      ? null
      : attribute(
          write(v, view.indicator, ctx),
          figureSource(view.indicator, ctx.township, [column]),
        );
  };

const value = (column: 'current' | 'previous' | 'target'): IndicatorFunction =>
  written(column, (v, i, ctx) => quantityPhrase(v, i.unit, ctx.locale, i.unitText));

const current = (write: Write): IndicatorFunction => written('current', write);

const approx =
  (word: ApproxWord): IndicatorFunction =>
  (view, ctx) =>
    current((v, i) => approximatePhrase(v, i.unit, ctx.locale, i.unitText, word))(view, ctx);

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
      if (pct === null) return null;
      return attribute(
        sharePctPhrase(pct, ctx.locale, ctx.words.area),
        figureSource(indicator, null, ['current']),
      );
    }
    const parent = parentOf(view, ctx);
    if (parent === null) return null;
    const phrase = sharePhrase(view.current, parent.current, ctx.locale);
    return phrase && attribute(phrase, figureSource(indicator, null, ['current'], parent));
  },
  shareOf: (view, ctx) => {
    const parent = parentOf(view, ctx);
    const parentView = parent && viewOf(parent, ctx.township);
    if (!parent || !parentView) return null;
    const phrase = sharePhrase(view.current, parentView.current, ctx.locale, parent.name);
    return (
      phrase && attribute(phrase, figureSource(view.indicator, ctx.township, ['current'], parent))
    );
  },
  rank: (view, ctx) => {
    if (view.township === null) return 'wrong-context';
    if (view.township.rank === null) return null;
    return attribute(
      rankLeadPhrase(view.township.rank, ctx.words.area, ctx.locale),
      figureSource(view.indicator, null, ['current']),
    );
  },
  rankAmong: (view, ctx) => {
    if (view.township === null) return 'wrong-context';
    if (view.township.rank === null) return null;
    const count = view.indicator.townships.filter((t) => t.rank !== null).length;
    return attribute(
      rankAmongPhrase(view.township.rank, count, ctx.locale),
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
    if (pct === null) return null;
    const phrase = fillPattern(ctx.locale.patterns.topShare, {
      area: ctx.words.area,
      pct: figure(percentText(pct), pct),
    });
    return attribute(phrase, figureSource(view.indicator, null, ['current']));
  },
  pull: (view, ctx) => {
    if (view.township === null) return 'wrong-context';
    const pp = view.township.pullPp;
    if (pp === null || pp <= 0) return null;
    const phrase = fillPattern(ctx.locale.patterns.pull, {
      area: ctx.words.area,
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
