import { displayDecimals, roundForDisplay } from '../../compute';
import type { ConsolidatedIndicator, Consolidation } from '../../model/consolidation';
import type { IndicatorRow, StatTable } from '../../model/table';
import { finding, type Finding } from '../finding';
import type { AuditRule } from '../rule';
import type { AuditSettings } from '../settings';
import { toUnit, unitRatio } from '../support/convert';
import { indicatorsByKey } from '../support/indicator-index';
import { columnName, locate, unitSuffix } from '../support/locate';
import { epsilonFor, halfStep, inferDecimals, judgeDifference } from '../support/precision';
import { sheetDecimals } from '../support/sheet-decimals';
import { rowsByKey, tablesByUnitName } from '../support/table-index';

const SUMMED_COLUMNS = ['current', 'previous', 'target'] as const;
type SummedColumn = (typeof SUMMED_COLUMNS)[number];

/**
 * The most the townships' displayed figures can add up to beyond the exact sum, in the
 * total row's unit: Σ half a displayed digit of each part (precision inferred per unit
 * from the decimals the townships' values show).
 */
function partsTolerance(
  indicator: ConsolidatedIndicator,
  column: SummedColumn,
  totalRow: IndicatorRow,
  tables: ReadonlyMap<string, StatTable>,
): { tolerance: number; parts: number } {
  const rows: IndicatorRow[] = [];
  for (const figures of indicator.townships) {
    if (figures[column] === null) continue;
    const table = tables.get(figures.township);
    const row = table ? rowsByKey(table).get(indicator.key) : undefined;
    if (row && row.values[column] !== undefined) rows.push(row);
  }
  const decimalsByUnit = new Map<string, number>();
  for (const row of rows) {
    const unit = row.unit?.symbol ?? '';
    const value = row.values[column] as number;
    decimalsByUnit.set(unit, Math.max(decimalsByUnit.get(unit) ?? 0, inferDecimals([value])));
  }
  let tolerance = 0;
  for (const row of rows) {
    const decimals = decimalsByUnit.get(row.unit?.symbol ?? '') ?? 0;
    tolerance += halfStep(decimals, row.unit) * (unitRatio(row.unit, totalRow.unit) ?? 1);
  }
  return { tolerance, parts: rows.length };
}

function checkRow(
  table: StatTable,
  row: IndicatorRow,
  indicator: ConsolidatedIndicator,
  tables: ReadonlyMap<string, StatTable>,
  settings: AuditSettings,
): Finding[] {
  const findings: Finding[] = [];
  for (const column of SUMMED_COLUMNS) {
    const actual = row.values[column];
    const sum = indicator[column];
    if (actual === undefined || sum === null) continue;
    const expected = toUnit(sum, indicator.unit, row.unit);
    if (expected === null) {
      findings.push(
        finding({
          rule: 'inter.total-mismatch',
          code: 'audit.total-unit-incompatible',
          level: 'error',
          location: locate(table, row, 'unit'),
          params: { unit: unitSuffix(row), townshipUnit: indicator.unit?.symbol ?? '' },
        }),
      );
      return findings;
    }
    const own = halfStep(sheetDecimals(table, column, unitSuffix(row)), row.unit);
    const diff = actual - expected;
    if (Math.abs(diff) <= own + epsilonFor(actual, expected)) continue; // fast path
    const bound =
      indicator.nature === 'additive'
        ? partsTolerance(indicator, column, row, tables)
        : { tolerance: Math.max(own, settings.growthTolerancePp), parts: 1 };
    const { parts } = bound;
    const tolerance = bound.tolerance + own;
    const verdict = judgeDifference(diff, own, tolerance, Math.max(Math.abs(actual), 1));
    if (verdict === 'equal') continue;
    if (indicator.nature !== 'additive') {
      // A rate or per-capita figure is recomputed from the townships' components, not
      // summed: within its rounding it is fine; beyond, say what it should be.
      if (verdict === 'rounding') continue;
      const shown = roundForDisplay(expected, displayDecimals(row.unit));
      findings.push(
        finding({
          rule: 'inter.total-mismatch',
          code: 'audit.total-derived-mismatch',
          level: 'error',
          location: locate(table, row, column),
          expected: shown,
          actual,
          params: { column: columnName(table, column), unit: unitSuffix(row) },
        }),
      );
      continue;
    }
    findings.push(
      finding({
        rule: 'inter.total-mismatch',
        code: verdict === 'rounding' ? 'audit.total-rounding' : 'audit.total-mismatch',
        level: verdict === 'rounding' ? 'info' : 'error',
        location: locate(table, row, column),
        expected,
        actual,
        params: {
          column: columnName(table, column),
          unit: unitSuffix(row),
          diff,
          tolerance,
          parts,
        },
      }),
    );
  }
  return findings;
}

/**
 * 表间: each reported total sheet (合计, 汇总, 全县…) against the sum of the townships, per
 * indicator and period column (本期, 上年同期, 全年目标), in the total row's unit. A
 * difference the rounding of the displayed figures explains (each of n parts off by up to
 * half a displayed digit) is 提示 (舍位); a bigger one is 错误.
 *
 * @example
 * totalMismatchRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
 */
export const totalMismatchRule: AuditRule = {
  code: 'inter.total-mismatch',
  defaultLevel: 'error',
  describe: 'audit.rule.inter.total-mismatch',
  settings: ['growthTolerancePp'],
  run({ consolidation }, settings) {
    return checkTotals(consolidation, settings);
  },
};

function checkTotals(consolidation: Consolidation, settings: AuditSettings): Finding[] {
  const indicators = indicatorsByKey(consolidation);
  const tables = tablesByUnitName(consolidation.tables);
  const findings: Finding[] = [];
  for (const total of consolidation.reportedTotals) {
    for (const row of rowsByKey(total).values()) {
      const indicator = indicators.get(row.key);
      if (indicator) findings.push(...checkRow(total, row, indicator, tables, settings));
    }
  }
  return findings;
}
