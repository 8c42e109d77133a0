import { elapsedShare, roundForDisplay, share } from '../compute';
import { formatMessage, type MessageCode } from '../diagnostics';
import type { CellRef, ConsolidatedIndicator, Consolidation } from '../model';
import { convertible, parseUnit, type Unit } from '../model';
import {
  chineseNumeral,
  numberText,
  percentChangePhrase,
  pointsPhrase,
  schedulePhrase,
  sourcesOf,
  viewOf,
  zhCN,
  type IndicatorView,
} from '../narrative';
import type { Statement } from './figure-grammar';
import type { DraftVerdict } from './types';

/** Who a statement is about: the whole (township null) or one township. */
export interface Subject {
  /** As written: 全县, 园区, 东城镇. */
  readonly word: string;
  readonly township: string | null;
}

/** What the walk through the draft knows when it meets a statement. */
export interface StatementContext {
  readonly consolidation: Consolidation;
  /** The paragraph's text (digits folded), for the statement's own words. */
  readonly text: string;
  readonly statement: Statement;
  readonly subject: Subject | null;
  readonly indicator: ConsolidatedIndicator | null;
  /** The townships named in the sentence, for 合计占. */
  readonly group: readonly string[];
  /** The whole of a share when named (占销售收入的): resolved, or null when unknown. */
  readonly whole: ConsolidatedIndicator | 'area' | null;
  /** A period word of the draft that is not the data's period. */
  readonly otherPeriod: string | null;
  /** In a 分别 list: the figures are not paired with their items. */
  readonly respectively?: boolean;
}

/** A statement's verdict, before it is placed in the draft. */
export interface StatementCheck {
  readonly written: string;
  readonly verdict: DraftVerdict;
  readonly computed?: string;
  readonly computedValue?: number;
  readonly reason?: string;
  /** The statement rewritten with the computed value (mismatches). */
  readonly replacement?: string;
  readonly sources: readonly CellRef[];
}

const EPSILON = 1e-9;

function unchecked(
  written: string,
  code: MessageCode,
  params: Readonly<Record<string, string | number>> = {},
): StatementCheck {
  return { written, verdict: 'unchecked', reason: formatMessage(code, params), sources: [] };
}

/** Whether `computed` says what the written number says, within its precision. */
export function withinPrecision(statement: Statement, written: number, computed: number): boolean {
  const n = statement.number;
  const step = n?.step ?? 1;
  const half = (n === null || n.chinese ? step : 10 ** -(n?.decimals ?? 0)) / 2;
  const scale = statement.unit === '倍' ? 100 : 1;
  const slack = EPSILON * Math.max(1, Math.abs(written));
  switch (statement.approximation) {
    case 'above':
      return computed >= written - slack && computed < written + step * scale + slack;
    case 'below':
      return computed <= written + slack && computed >= written * 0.9 - slack;
    case 'at-least':
      return computed >= written - slack;
    case 'around':
      return Math.abs(computed - written) <= (step * scale) / 2 + slack;
    default:
      return Math.abs(computed - written) <= half * scale + slack;
  }
}

/** The statement's own text, with its figure replaced. */
function withFigure(context: StatementContext, figure: string): string {
  const { text, statement: s } = context;
  return `${text.slice(s.start, s.figureStart)}${figure}${text.slice(s.figureEnd, s.end)}`;
}

function decimalsFor(statement: Statement, least: number): number {
  return Math.max(statement.number?.decimals ?? 0, least);
}

function verdictOf(
  context: StatementContext,
  written: string,
  writtenValue: number,
  computedValue: number,
  computed: string,
  replacement: string,
  how: string,
  sources: readonly CellRef[],
): StatementCheck {
  const ok = withinPrecision(context.statement, writtenValue, computedValue);
  return {
    written,
    verdict: ok ? 'match' : 'mismatch',
    computed,
    computedValue,
    reason: how,
    ...(ok ? {} : { replacement }),
    sources,
  };
}

function writtenValue(statement: Statement): number {
  return (statement.number?.value ?? 0) * statement.sign;
}

/**
 * The unit an amount of the indicator is written in: a ratio's numerator, as the narrative
 * writes it (元/人 → 人均产值63.3万元; 吨标准煤/万元 → 万元产值能耗0.047吨标准煤), else its own.
 */
function amountUnit(unit: Unit | null): Unit | null {
  if (unit?.family !== 'compound') return unit;
  return parseUnit(unit.symbol.split('/')[0] ?? '') ?? unit;
}

function checkAmount(context: StatementContext, view: IndicatorView): StatementCheck {
  const { statement: s, text } = context;
  const written = text.slice(s.figureStart, s.figureEnd);
  const indicator = view.indicator;
  const township = context.subject?.township ?? null;
  const value = s.previous
    ? view.previous
    : s.change
      ? view.current !== null && view.previous !== null
        ? view.current - view.previous
        : null
      : view.current;
  if (value === null) {
    return noValue(context, written, s.change || s.previous ? 'previous' : 'current');
  }
  const writtenUnit = s.unit === '' ? null : parseUnit(s.unit);
  const dataUnit = amountUnit(indicator.unit);
  let factor = 1;
  if (writtenUnit !== null && dataUnit !== null) {
    if (!convertible(dataUnit, writtenUnit)) {
      return unchecked(written, 'draft.reason.unit', { unit: s.unit, dataUnit: dataUnit.symbol });
    }
    factor = dataUnit.factor / writtenUnit.factor;
  } else if (writtenUnit?.family !== dataUnit?.family && (s.number?.value ?? 0) !== 0) {
    // A zero in words (为零, 盈亏持平) is zero in any unit; any other figure needs its unit.
    return unchecked(written, 'draft.reason.unit', {
      unit: s.unit,
      dataUnit: indicator.unitText ?? dataUnit?.symbol ?? '—',
    });
  }
  const computedValue = value * factor;
  const decimals = s.unit === '%' ? decimalsFor(s, 1) : decimalsFor(s, 2);
  const figure = `${numberText(Math.abs(computedValue), decimals)}${s.unit}`;
  const howCode = s.change
    ? 'draft.how.change'
    : s.previous
      ? 'draft.how.previous'
      : 'draft.how.amount';
  const how = formatMessage(howCode, {
    subject: context.subject?.word ?? '',
    indicator: indicator.name,
    value: numberText(value, 2),
    current: numberText(view.current ?? 0, 2),
    previous: numberText(view.previous ?? 0, 2),
    unit: indicator.unitText ?? dataUnit?.symbol ?? '',
  });
  const columns = s.change
    ? (['current', 'previous'] as const)
    : s.previous
      ? (['previous'] as const)
      : (['current'] as const);
  const replacement =
    s.approximation === null
      ? withFigure(context, figure)
      : `${computedValue < 0 ? '亏损' : ''}${figure}`;
  return verdictOf(
    context,
    written,
    writtenValue(s),
    computedValue,
    figure,
    replacement,
    how,
    sourcesOf(indicator, township, columns),
  );
}

function noValue(
  context: StatementContext,
  written: string,
  what: 'current' | 'previous' | 'growth' | 'target',
): StatementCheck {
  return unchecked(written, 'draft.reason.no-value', {
    subject: context.subject?.word ?? '',
    indicator: context.indicator?.name ?? '',
    what: formatMessage(`draft.what.${what}`),
  });
}

function checkGrowth(context: StatementContext, view: IndicatorView): StatementCheck {
  const { statement: s, text } = context;
  const written = text.slice(s.start + s.lead.length, s.end);
  const pct = view.growthPct;
  if (pct === null) return noValue(context, written, 'growth');
  const phrase = percentChangePhrase(pct, zhCN).text;
  const township = context.subject?.township ?? null;
  const sources = sourcesOf(view.indicator, township, ['current', 'previous']);
  const how = formatMessage('draft.how.growth', {
    current: numberText(view.current ?? 0, 2),
    previous: numberText(view.previous ?? 0, 2),
  });
  const replacement = `${s.lead}${phrase}`;
  if (s.flat) {
    const ok = roundForDisplay(pct, 1) === 0;
    return {
      written,
      verdict: ok ? 'match' : 'mismatch',
      computed: phrase,
      computedValue: pct,
      reason: how,
      ...(ok ? {} : { replacement }),
      sources,
    };
  }
  const stated = s.unit === '倍' ? writtenValue(s) * 100 : writtenValue(s);
  return verdictOf(context, written, stated, pct, phrase, replacement, how, sources);
}

function checkPoints(context: StatementContext, view: IndicatorView): StatementCheck {
  const { statement: s, text } = context;
  const written = text.slice(s.start + s.lead.length, s.end);
  const township = context.subject?.township ?? null;
  const pp = s.pull ? (view.township?.pullPp ?? null) : view.changePp;
  if (pp === null) return noValue(context, written, 'previous');
  const phrase = s.pull
    ? `${numberText(pp, decimalsFor(s, 1))}个百分点`
    : pointsPhrase(pp, zhCN).text;
  const how = formatMessage('draft.how.points', {
    current: numberText(view.current ?? 0, 2),
    previous: numberText(view.previous ?? 0, 2),
  });
  const sources = sourcesOf(view.indicator, township, ['current', 'previous']);
  return verdictOf(
    context,
    written,
    writtenValue(s),
    pp,
    phrase,
    `${s.lead}${phrase}`,
    how,
    sources,
  );
}

function checkShare(context: StatementContext, view: IndicatorView): StatementCheck {
  const { statement: s, text, consolidation } = context;
  const written = text.slice(s.figureStart, s.figureEnd);
  const indicator = view.indicator;
  const township = context.subject?.township ?? null;
  let part = view.current;
  let whole: number | null;
  let wholeName: string;
  let sources: CellRef[];
  if (s.group && context.group.length > 0) {
    const members = indicator.townships.filter((t) => context.group.includes(t.township));
    part = members.reduce((sum, t) => sum + (t.current ?? 0), 0);
    whole = indicator.current;
    wholeName = formatMessage('draft.whole-area', { indicator: indicator.name });
    sources = sourcesOf(indicator, null, ['current']);
  } else if (
    context.whole === 'area' ||
    (s.whole === '' && township !== null && indicator.parentKey === null)
  ) {
    if (township === null)
      return unchecked(written, 'draft.reason.no-parent', { indicator: indicator.name });
    whole = indicator.current;
    wholeName = formatMessage('draft.whole-area', { indicator: indicator.name });
    sources = sourcesOf(indicator, null, ['current']);
  } else {
    const parent =
      context.whole ??
      (s.whole === ''
        ? consolidation.indicators.find((i) => i.key === indicator.parentKey)
        : undefined);
    if (parent === undefined || parent === null) {
      return unchecked(written, 'draft.reason.no-parent', { indicator: indicator.name });
    }
    const parentView = viewOf(parent, township);
    whole = parentView?.current ?? null;
    if (parent.unit !== null && indicator.unit !== null && whole !== null) {
      whole *= parent.unit.factor / indicator.unit.factor;
    }
    wholeName = parent.name;
    sources = [
      ...sourcesOf(indicator, township, ['current']),
      ...sourcesOf(parent, township, ['current']),
    ];
  }
  const pct = share(part, whole);
  if (pct === null || part === null) return noValue(context, written, 'current');
  const figure = `${numberText(pct, decimalsFor(s, 1))}%`;
  const how = formatMessage('draft.how.share', {
    part: numberText(part, 2),
    whole: `${wholeName} ${numberText(whole ?? 0, 2)}`,
  });
  return verdictOf(
    context,
    written,
    writtenValue(s),
    pct,
    figure,
    withFigure(context, figure),
    how,
    sources,
  );
}

function checkRank(context: StatementContext, view: IndicatorView): StatementCheck {
  const { statement: s, text } = context;
  const written = text.slice(s.figureStart, s.figureEnd);
  const figures = view.township;
  if (figures === null) {
    return unchecked(written, 'draft.reason.area-rank', { subject: context.subject?.word ?? '' });
  }
  const count = view.indicator.townships.length;
  if (s.among !== null && s.among !== count) {
    return unchecked(written, 'draft.reason.rank-among', { among: s.among, count });
  }
  if (figures.rank === null) return noValue(context, written, 'current');
  const rank = figures.rank;
  const stated = written === '末位' ? count : (s.number?.value ?? 0);
  const ordinal = s.number?.chinese === false ? String(rank) : chineseNumeral(rank);
  const figure = written.startsWith('第')
    ? written.replace(/^第[^位名]+/, `第${ordinal}`)
    : `第${ordinal}位`;
  const how = formatMessage('draft.how.rank', { count, rank });
  const ok = stated === rank;
  return {
    written,
    verdict: ok ? 'match' : 'mismatch',
    computed: figure,
    computedValue: rank,
    reason: how,
    ...(ok ? {} : { replacement: withFigure(context, figure) }),
    sources: sourcesOf(view.indicator, null, ['current']),
  };
}

function checkCompletion(context: StatementContext, view: IndicatorView): StatementCheck {
  const { statement: s, text } = context;
  const written = text.slice(s.figureStart, s.figureEnd);
  const pct = view.completionPct;
  if (pct === null) return noValue(context, written, 'target');
  const figure = `${numberText(pct, decimalsFor(s, 1))}%`;
  const how = formatMessage('draft.how.completion', {
    current: numberText(view.current ?? 0, 2),
    target: numberText(view.target ?? 0, 2),
  });
  const township = context.subject?.township ?? null;
  const sources = sourcesOf(view.indicator, township, ['current', 'target']);
  return verdictOf(
    context,
    written,
    writtenValue(s),
    pct,
    figure,
    withFigure(context, figure),
    how,
    sources,
  );
}

function checkSchedule(context: StatementContext, view: IndicatorView): StatementCheck {
  const { statement: s, text, consolidation } = context;
  const written = text.slice(s.start, s.end);
  const period = consolidation.period;
  const elapsed = elapsedShare(period);
  if (elapsed === null) return unchecked(written, 'draft.reason.no-period');
  const completion = view.completionPct;
  if (completion === null) return noValue(context, written, 'target');
  const gap = roundForDisplay(completion, 1) - elapsed * 100;
  const phrase = schedulePhrase(completion, period, zhCN)?.text ?? '';
  const how = formatMessage('draft.how.schedule', {
    completion: numberText(completion, 1),
    progress: numberText(elapsed * 100, 1),
  });
  const township = context.subject?.township ?? null;
  const sources = sourcesOf(view.indicator, township, ['current', 'target']);
  if (s.onSchedule || s.flat) {
    const ok = s.onSchedule ? period?.months === 6 && gap >= 0 : roundForDisplay(gap, 1) === 0;
    return {
      written,
      verdict: ok ? 'match' : 'mismatch',
      computed: phrase,
      computedValue: gap,
      reason: how,
      ...(ok ? {} : { replacement: phrase }),
      sources,
    };
  }
  return verdictOf(context, written, writtenValue(s), gap, phrase, phrase, how, sources);
}

/** 文稿数: the figure as written, with its verb for growth and points (增长5.1%). */
function writtenText({ statement: s, text }: StatementContext): string {
  if (s.kind === 'growth' || s.kind === 'points') return text.slice(s.start + s.lead.length, s.end);
  if (s.kind === 'schedule') return text.slice(s.start, s.end);
  return text.slice(s.figureStart, s.figureEnd);
}

const CHECKS = {
  amount: checkAmount,
  growth: checkGrowth,
  points: checkPoints,
  share: checkShare,
  rank: checkRank,
  completion: checkCompletion,
  schedule: checkSchedule,
} as const;

/**
 * Checks one statement against the data, or says why it cannot: another period, no
 * indicator named before it, no subject, a township that does not report the indicator.
 * Never guesses: each of these is 无法核对 with its reason.
 *
 * @example
 * checkStatement(context).verdict // 'mismatch' for 占85% when the data give 82.6%
 */
export function checkStatement(context: StatementContext): StatementCheck {
  const { statement: s, subject, indicator } = context;
  const written = writtenText(context);
  if (context.otherPeriod !== null) {
    return unchecked(written, 'draft.reason.period', { period: context.otherPeriod });
  }
  if (context.respectively === true) return unchecked(written, 'draft.reason.respectively');
  if (indicator === null) return unchecked(written, 'draft.reason.no-indicator');
  if (subject === null) return unchecked(written, 'draft.reason.no-subject');
  const view = viewOf(indicator, subject.township);
  if (view === null) {
    return unchecked(written, 'draft.reason.subject-no-data', {
      subject: subject.word,
      indicator: indicator.name,
    });
  }
  return CHECKS[s.kind](context, view);
}
