import { displayDecimals, NUMERIC_POLICY, roundForDisplay } from '../compute/numeric-policy';
import { elapsedShare } from '../compute/schedule';
import { formatMessage } from '../diagnostics/format';
import type { MessageCode } from '../diagnostics/messages.zh-CN';
import type { ConsolidatedIndicator, Consolidation, TownshipFigures } from '../model/consolidation';
import type { ChartData, ChartKind, ChartReference, ChartSet } from './chart-data';
import { chartSettings, type ChartSettings } from './chart-settings';

/** The words of chart titles: the area (全县) and the word for a reporting unit (乡镇). */
export interface ChartWords {
  readonly area?: string;
  readonly unitWord?: string;
}

const DEFAULT_INDICATOR = '工业总产值';

/**
 * The indicator to chart: the one the settings name (by name, key or label), else
 * 工业总产值, else the first additive money indicator. Null when none fits.
 *
 * @example
 * chartIndicator(consolidation, '') // the 工业总产值 row, when present
 */
export function chartIndicator(
  consolidation: Consolidation,
  wanted: string,
): ConsolidatedIndicator | null {
  const { indicators } = consolidation;
  if (wanted !== '') {
    return (
      indicators.find((i) => i.name === wanted || i.key === wanted || i.label === wanted) ?? null
    );
  }
  return (
    indicators.find((i) => i.name === DEFAULT_INDICATOR && i.level === 0) ??
    indicators.find((i) => i.name === DEFAULT_INDICATOR) ??
    indicators.find((i) => i.nature === 'additive' && i.unit?.family === 'money') ??
    null
  );
}

/**
 * The three township charts of a result: the indicator by township, its growth against the
 * area's rate, its target completion against time progress. A township without the figure
 * is left out of that chart and counted in its note; a chart with fewer than 2 values is not
 * made (said in `notes`). Pure: the same data feeds the page, the images and Excel.
 *
 * @example
 * buildCharts(result.consolidation, { topN: 10 }, { area: '全县' }).charts.map((c) => c.title)
 * // ["各乡镇工业总产值", "各乡镇工业总产值增速", "各乡镇工业总产值目标完成情况"]
 */
export function buildCharts(
  consolidation: Consolidation,
  settings: Partial<ChartSettings> = {},
  words: ChartWords = {},
): ChartSet {
  const chosen = chartSettings(settings);
  const indicator = chartIndicator(consolidation, chosen.indicator);
  if (indicator === null) {
    const note =
      chosen.indicator === ''
        ? formatMessage('chart.skip.no-indicator')
        : formatMessage('chart.skip.indicator-unknown', { indicator: chosen.indicator });
    return { indicator: null, charts: [], notes: [note] };
  }
  const context: Context = {
    settings: chosen,
    indicator,
    unitWord: nonEmpty(words.unitWord) ?? '乡镇',
    area: nonEmpty(words.area) ?? formatMessage('output.default-area'),
    townshipCount: consolidation.townships.length,
  };
  const timePct = elapsedShare(consolidation.period);
  const specs: readonly Spec[] = [
    {
      kind: 'value',
      read: (f) => f.current,
      decimals: displayDecimals(indicator.unit),
      axisName: indicator.unit?.symbol ?? indicator.unitText ?? '',
      reference: null,
    },
    {
      kind: 'growth',
      read: (f) => f.growth.pct,
      decimals: NUMERIC_POLICY.percentDecimals,
      axisName: formatMessage('chart.axis.percent'),
      reference: referenceOf('chart.reference.growth', indicator.growth.pct, context.area),
    },
    {
      kind: 'completion',
      read: (f) => f.completionPct,
      decimals: NUMERIC_POLICY.percentDecimals,
      axisName: formatMessage('chart.axis.percent'),
      reference: referenceOf('chart.reference.time', timePct === null ? null : timePct * 100, ''),
    },
  ];
  const charts: ChartData[] = [];
  const notes: string[] = [];
  for (const spec of specs) {
    const chart = buildChart(context, spec);
    if (chart.values.length >= 2) charts.push(chart);
    else
      notes.push(
        formatMessage('chart.skip.few', { title: chart.title, unitWord: context.unitWord }),
      );
  }
  return { indicator: indicator.name, charts, notes };
}

interface Context {
  readonly settings: ChartSettings;
  readonly indicator: ConsolidatedIndicator;
  readonly unitWord: string;
  readonly area: string;
  readonly townshipCount: number;
}

interface Spec {
  readonly kind: ChartKind;
  readonly read: (figures: TownshipFigures) => number | null;
  readonly decimals: number;
  readonly axisName: string;
  readonly reference: ChartReference | null;
}

const TITLES: Record<ChartKind, MessageCode> = {
  value: 'chart.title.value',
  growth: 'chart.title.growth',
  completion: 'chart.title.completion',
};

const SERIES: Record<ChartKind, MessageCode> = {
  value: 'chart.series.value',
  growth: 'chart.series.growth',
  completion: 'chart.series.completion',
};

function buildChart(context: Context, spec: Spec): ChartData {
  const { indicator, settings, unitWord } = context;
  const points: { township: string; value: number }[] = [];
  for (const figures of indicator.townships) {
    const value = spec.read(figures);
    if (value !== null && Number.isFinite(value))
      points.push({ township: figures.township, value });
  }
  if (settings.sort !== 'input') {
    const sign = settings.sort === 'descending' ? -1 : 1;
    points.sort((a, b) => sign * (a.value - b.value));
  }
  const shown = points.slice(0, settings.topN);
  const missing = context.townshipCount - points.length;
  const cut = points.length - shown.length;
  const notes = [
    missing > 0 ? formatMessage('chart.note.missing', { count: missing, unitWord }) : null,
    cut > 0 ? formatMessage('chart.note.cut', { count: cut, unitWord, top: settings.topN }) : null,
    spec.kind === 'completion' && spec.reference === null
      ? formatMessage('chart.note.no-time')
      : null,
  ].filter((note): note is string => note !== null);
  return {
    kind: spec.kind,
    title: formatMessage(TITLES[spec.kind], { unitWord, indicator: indicator.name }),
    axisName: spec.axisName,
    seriesName: formatMessage(SERIES[spec.kind]),
    categories: shown.map((p) => p.township),
    values: shown.map((p) => roundForDisplay(p.value, spec.decimals)),
    decimals: spec.decimals,
    reference: spec.reference,
    note: notes.length > 0 ? notes.join('；') : null,
  };
}

function referenceOf(code: MessageCode, pct: number | null, area: string): ChartReference | null {
  if (pct === null || !Number.isFinite(pct)) return null;
  const value = roundForDisplay(pct, NUMERIC_POLICY.percentDecimals);
  return {
    label: formatMessage(code, { area, value: value.toFixed(NUMERIC_POLICY.percentDecimals) }),
    value,
  };
}

function nonEmpty(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
