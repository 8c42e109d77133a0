import type { CellRef, ConsolidatedIndicator, TownshipFigures, ValueColumn } from '../../model';
import type { FigureSource } from '../phrase';

/** An indicator's figures as seen from the whole area or from one township. */
export interface IndicatorView {
  readonly indicator: ConsolidatedIndicator;
  /** Set when seen from a township. */
  readonly township: TownshipFigures | null;
  readonly current: number | null;
  readonly previous: number | null;
  readonly target: number | null;
  readonly growthPct: number | null;
  readonly changePp: number | null;
  readonly completionPct: number | null;
}

/**
 * The view of an indicator for the area (township null) or for one township; null when
 * the township does not report it.
 *
 * @example
 * viewOf(indicator, '东城镇')?.current // 东城镇's 本期
 */
export function viewOf(
  indicator: ConsolidatedIndicator,
  township: string | null,
): IndicatorView | null {
  if (township === null) {
    return {
      indicator,
      township: null,
      current: indicator.current,
      previous: indicator.previous,
      target: indicator.target,
      growthPct: indicator.growth.pct,
      changePp: indicator.changePp,
      completionPct: indicator.completionPct,
    };
  }
  const figures = indicator.townships.find((t) => t.township === township);
  if (figures === undefined) return null;
  const isRate = indicator.unit?.family === 'percent';
  return {
    indicator,
    township: figures,
    current: figures.current,
    previous: figures.previous,
    target: figures.target,
    growthPct: figures.growth.pct,
    changePp:
      isRate && figures.current !== null && figures.previous !== null
        ? figures.current - figures.previous
        : null,
    completionPct: figures.completionPct,
  };
}

/**
 * The cells behind a view's columns: the township's own cells, or every township's for
 * the area.
 *
 * @example
 * sourcesOf(indicator, null, ['current']) // every township's 本期 cell
 */
export function sourcesOf(
  indicator: ConsolidatedIndicator,
  township: string | null,
  columns: readonly ValueColumn[],
): CellRef[] {
  const refs: CellRef[] = [];
  for (const figures of indicator.townships) {
    if (township !== null && figures.township !== township) continue;
    for (const column of columns) {
      const ref = figures.sources[column];
      if (ref !== undefined) refs.push(ref);
    }
  }
  return refs;
}

/**
 * The source of a figure for `attribute`.
 *
 * @example
 * figureSource(indicator, null, ['current', 'previous'])
 */
export function figureSource(
  indicator: ConsolidatedIndicator,
  township: string | null,
  columns: readonly ValueColumn[],
  extra: readonly CellRef[] = [],
): FigureSource {
  const sources = [...sourcesOf(indicator, township, columns), ...extra];
  return township === null
    ? { indicator: indicator.name, sources }
    : { indicator: indicator.name, township, sources };
}
