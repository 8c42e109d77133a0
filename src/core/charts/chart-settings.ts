/** How township charts are ordered: largest first (default), smallest first, or input order. */
export type ChartSort = 'descending' | 'ascending' | 'input';

/**
 * The chart choices (图表设置), saved like the run choices. Every field has a default
 * (`DEFAULT_CHART_SETTINGS`), so a partial object is enough.
 */
export interface ChartSettings {
  /**
   * The indicator charted, by name or key ("工业总产值"). Empty: 工业总产值 when present,
   * else the first additive money indicator.
   */
  readonly indicator: string;
  readonly sort: ChartSort;
  /**
   * At most this many townships per chart; the rest are left out (not folded into 其他: a
   * growth rate or a completion cannot be added up) and counted in the chart's note.
   */
  readonly topN: number;
}

export const DEFAULT_CHART_SETTINGS: ChartSettings = {
  indicator: '',
  sort: 'descending',
  topN: 15,
};

/** The largest top N accepted; more bars than this are unreadable on an A4 page. */
export const MAX_CHART_TOP_N = 50;

/**
 * Settings with defaults filled in and out-of-range values brought back (top N between 2 and
 * `MAX_CHART_TOP_N`; an unknown sort is descending). Accepts what was read back from storage.
 *
 * @example
 * chartSettings({ topN: 500 }) // { indicator: '', sort: 'descending', topN: 50 }
 */
export function chartSettings(
  partial: Partial<Record<keyof ChartSettings, unknown>> = {},
): ChartSettings {
  const indicator = typeof partial.indicator === 'string' ? partial.indicator.trim() : '';
  const sort: ChartSort =
    partial.sort === 'ascending' || partial.sort === 'input' ? partial.sort : 'descending';
  const top =
    typeof partial.topN === 'number' && Number.isFinite(partial.topN)
      ? Math.floor(partial.topN)
      : DEFAULT_CHART_SETTINGS.topN;
  return { indicator, sort, topN: Math.min(MAX_CHART_TOP_N, Math.max(2, top)) };
}
