import type { IndicatorRow, StatTable, ValueColumn } from '../../model/table';
import { epsilonFor, halfStep } from './precision';
import { sheetDecimals } from './sheet-decimals';
import { unitSuffix } from './locate';

/**
 * How far a reported rate (growth or completion, in percent) may be from the one computed
 * from the row's displayed figures: the setting (0.1 pp), or half the rate's last displayed
 * digit when the sheet shows fewer decimals, plus what the rounding of the numerator and
 * the base can move the computed rate by (100 × (h_num ÷ base + num × h_base ÷ base²)).
 *
 * @example
 * rateTolerance(table, row, 'growth', 'previous', 0.1) // 0.1 for large figures
 */
export function rateTolerance(
  table: StatTable,
  row: IndicatorRow,
  rateColumn: ValueColumn,
  baseColumn: ValueColumn,
  settingPp: number,
): number {
  const numerator = row.values.current ?? 0;
  const base = row.values[baseColumn] ?? 0;
  const unit = unitSuffix(row);
  const shown = Math.max(settingPp, halfStep(sheetDecimals(table, rateColumn, null), null));
  if (base === 0) return shown;
  const hNum = halfStep(sheetDecimals(table, 'current', unit), row.unit);
  const hBase = halfStep(sheetDecimals(table, baseColumn, unit), row.unit);
  const drift = 100 * (hNum / Math.abs(base) + (Math.abs(numerator) * hBase) / (base * base));
  return shown + drift + epsilonFor(numerator, base);
}
