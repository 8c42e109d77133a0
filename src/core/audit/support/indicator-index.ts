import type { ConsolidatedIndicator, Consolidation } from '../../model/consolidation';

const CACHE = new WeakMap<Consolidation, Map<string, ConsolidatedIndicator>>();

/**
 * The consolidated indicators by key.
 *
 * @example
 * indicatorsByKey(consolidation).get('工业总产值')?.current
 */
export function indicatorsByKey(
  consolidation: Consolidation,
): ReadonlyMap<string, ConsolidatedIndicator> {
  const cached = CACHE.get(consolidation);
  if (cached) return cached;
  const map = new Map<string, ConsolidatedIndicator>();
  for (const indicator of consolidation.indicators) map.set(indicator.key, indicator);
  CACHE.set(consolidation, map);
  return map;
}
