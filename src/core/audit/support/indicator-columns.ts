import type { ConsolidatedIndicator, Consolidation } from '../../model/consolidation';

/**
 * The consolidation's indicator keys numbered 0, 1, 2…: per-indicator facts can then live
 * in arrays indexed by column, and a sheet's rows are matched to them once (see
 * `sheetIndex`).
 */
export interface IndicatorColumns {
  /** The column of each key. */
  readonly columnOf: ReadonlyMap<string, number>;
  /** The indicator of each column (of two with one key, the later, as `indicatorsByKey`). */
  readonly indicators: readonly ConsolidatedIndicator[];
}

const CACHE = new WeakMap<Consolidation, IndicatorColumns>();

/**
 * The indicator columns of a consolidation (worked out once per consolidation).
 *
 * @example
 * const { columnOf, indicators } = indicatorColumns(consolidation);
 * indicators[columnOf.get('工业总产值') ?? -1]?.unit
 */
export function indicatorColumns(consolidation: Consolidation): IndicatorColumns {
  const cached = CACHE.get(consolidation);
  if (cached) return cached;
  const columnOf = new Map<string, number>();
  const indicators: ConsolidatedIndicator[] = [];
  for (const indicator of consolidation.indicators) {
    let column = columnOf.get(indicator.key);
    if (column === undefined) columnOf.set(indicator.key, (column = columnOf.size));
    indicators[column] = indicator;
  }
  const columns: IndicatorColumns = { columnOf, indicators };
  CACHE.set(consolidation, columns);
  return columns;
}
