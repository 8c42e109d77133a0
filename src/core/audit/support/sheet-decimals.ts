import { plainValues, type StatTable, type ValueColumn } from '../../model/table';
import { decimalsOf } from './precision';

type DecimalsIndex = Map<string, number>;
const CACHE = new WeakMap<StatTable, DecimalsIndex>();

function indexOf(table: StatTable): DecimalsIndex {
  const cached = CACHE.get(table);
  if (cached) return cached;
  const index: DecimalsIndex = new Map();
  for (const row of table.rows) {
    const unit = row.unit?.symbol ?? row.unitText ?? '';
    for (const [column, value] of Object.entries(plainValues(row.values))) {
      if (value === undefined) continue;
      const key = `${column}|${unit}`;
      index.set(key, Math.max(index.get(key) ?? 0, decimalsOf(value)));
    }
  }
  CACHE.set(table, index);
  return index;
}

/**
 * The decimals a sheet shows in a column for values in one unit: the most any of them
 * shows (Excel drops trailing zeros, so 1300 next to 1200.5 means 1300.0).
 *
 * @example
 * sheetDecimals(table, 'current', '万元') // 1
 * sheetDecimals(table, 'growth', '') // 1 (growth ignores units: pass '')
 */
export function sheetDecimals(table: StatTable, column: ValueColumn, unit: string | null): number {
  const index = indexOf(table);
  if (unit !== null) return index.get(`${column}|${unit}`) ?? 0;
  let decimals = 0;
  for (const [key, value] of index) {
    if (key.startsWith(`${column}|`)) decimals = Math.max(decimals, value);
  }
  return decimals;
}
