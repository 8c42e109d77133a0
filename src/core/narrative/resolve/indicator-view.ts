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
 * The source of a figure for `attribute`: the cells of `columns` of the township (or of
 * every township, for the area), and of `whole`'s 本期 when the figure is a share of it.
 * The cells are listed when first read: a figure of a county of 1,000 townships traces to
 * thousands of cells, and a run that only writes the workbook never reads them.
 *
 * @example
 * figureSource(indicator, null, ['current', 'previous']).sources.length // 2 per township
 */
export function figureSource(
  indicator: ConsolidatedIndicator,
  township: string | null,
  columns: readonly ValueColumn[],
  whole?: ConsolidatedIndicator,
): FigureSource {
  let sources: readonly CellRef[] | undefined;
  const list = (): readonly CellRef[] =>
    (sources ??= [
      ...sourcesOf(indicator, township, columns),
      ...(whole === undefined ? [] : sourcesOf(whole, township, ['current'])),
    ]);
  return township === null
    ? {
        indicator: indicator.name,
        get sources() {
          return list();
        },
      }
    : {
        indicator: indicator.name,
        township,
        get sources() {
          return list();
        },
      };
}
