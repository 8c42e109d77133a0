import type { IndicatorRow, StatTable } from '../../model/table';

// Tables are immutable values: several rules read the same index.
const CACHE = new WeakMap<StatTable, Map<string, IndicatorRow>>();

/**
 * Rows of a table by key (first occurrence wins, as the parser does for duplicates).
 *
 * @example
 * rowsByKey(table).get('工业总产值>规模以上工业产值')
 */
export function rowsByKey(table: StatTable): ReadonlyMap<string, IndicatorRow> {
  const cached = CACHE.get(table);
  if (cached) return cached;
  const map = new Map<string, IndicatorRow>();
  for (const row of table.rows) if (!map.has(row.key)) map.set(row.key, row);
  CACHE.set(table, map);
  return map;
}

/**
 * Tables by the township (unit) name, the name consolidation uses in `TownshipFigures`.
 *
 * @example
 * tablesByUnitName(consolidation.tables).get('东城镇')
 */
export function tablesByUnitName(tables: readonly StatTable[]): Map<string, StatTable> {
  const map = new Map<string, StatTable>();
  for (const table of tables) if (!map.has(table.unitName)) map.set(table.unitName, table);
  return map;
}
