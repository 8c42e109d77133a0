import { growth } from '../../compute';
import type { Consolidation, TownshipFigures } from '../../model/consolidation';
import type { IndicatorRow, StatTable } from '../../model/table';

type FiguresIndex = Map<string, Map<string, TownshipFigures>>;
const CACHE = new WeakMap<Consolidation, FiguresIndex>();

function figuresIndex(consolidation: Consolidation): FiguresIndex {
  const cached = CACHE.get(consolidation);
  if (cached) return cached;
  const index: FiguresIndex = new Map();
  for (const indicator of consolidation.indicators) {
    for (const figures of indicator.townships) {
      let byKey = index.get(figures.township);
      if (!byKey) index.set(figures.township, (byKey = new Map()));
      byKey.set(indicator.key, figures);
    }
  }
  CACHE.set(consolidation, index);
  return index;
}

/**
 * A row's growth from its 本期 and 上年同期, in percent (null when it cannot be computed):
 * the consolidation's figure for a township row (already computed), else computed here.
 *
 * @example
 * rowGrowth(consolidation, table, row) // 5.11…
 */
export function rowGrowth(
  consolidation: Consolidation,
  table: StatTable,
  row: IndicatorRow,
): number | null {
  const { current, previous } = row.values;
  if (current === undefined || previous === undefined) return null;
  if (table.role === 'township') {
    const figures = figuresIndex(consolidation).get(table.unitName)?.get(row.key);
    if (figures && figures.current !== null && figures.previous !== null) return figures.growth.pct;
  }
  return growth(current, previous).pct;
}
