import type { Consolidation } from '../../model/consolidation';
import type { StatTable } from '../../model/table';

/**
 * `build` worked out once per consolidation and sheet, and shared by the rules that ask
 * for it (kept as long as both are).
 *
 * @example
 * export const sheetGrowths = perSheet(buildGrowths);
 */
export function perSheet<T>(
  build: (consolidation: Consolidation, table: StatTable) => T,
): (consolidation: Consolidation, table: StatTable) => T {
  const cache = new WeakMap<Consolidation, WeakMap<StatTable, T>>();
  return (consolidation, table) => {
    let bySheet = cache.get(consolidation);
    if (!bySheet) cache.set(consolidation, (bySheet = new WeakMap()));
    let value = bySheet.get(table);
    if (value === undefined) bySheet.set(table, (value = build(consolidation, table)));
    return value;
  };
}
