import { exactSum } from '../../compute';
import type { ConsolidatedIndicator } from '../../model/consolidation';
import type { IndicatorRow, StatTable } from '../../model/table';
import { finding, type Finding } from '../finding';
import type { AuditRule } from '../rule';
import type { AuditSettings } from '../settings';
import { indicatorsByKey } from '../support/indicator-index';
import { locate } from '../support/locate';
import { shownPercent } from '../support/shown-percent';
import { epsilonFor, halfStep } from '../support/precision';
import { sheetDecimals } from '../support/sheet-decimals';
import { rowsByKey } from '../support/table-index';

/** The township growths the total sheet may have added or averaged: reported, else computed. */
function townshipGrowths(indicator: ConsolidatedIndicator): number[] {
  const growths: number[] = [];
  for (const figures of indicator.townships) {
    if (figures.growth.pct !== null) growths.push(figures.growth.pct);
  }
  return growths;
}

function mistake(
  actual: number,
  indicator: ConsolidatedIndicator,
  tolerance: number,
): 'audit.total-growth-summed' | 'audit.total-growth-averaged' | null {
  const growths = townshipGrowths(indicator);
  if (growths.length < 2) return null;
  // Each township growth is shown to 1 decimal: its sum may be off by n × 0.05.
  const slack = tolerance + growths.length * 0.05;
  const sum = exactSum(growths);
  if (Math.abs(actual - sum) <= slack) return 'audit.total-growth-summed';
  if (Math.abs(actual - sum / growths.length) <= tolerance + 0.05) {
    return 'audit.total-growth-averaged';
  }
  return null;
}

function checkRow(
  table: StatTable,
  row: IndicatorRow,
  indicator: ConsolidatedIndicator,
  settings: AuditSettings,
): Finding | null {
  const actual = row.values.growth;
  const expected = indicator.growth.pct;
  if (actual === undefined || expected === null || indicator.nature !== 'additive') return null;
  const tolerance = Math.max(
    settings.growthTolerancePp,
    halfStep(sheetDecimals(table, 'growth', null), null),
  );
  const diff = actual - expected;
  if (Math.abs(diff) <= tolerance + epsilonFor(actual, expected)) return null;
  return finding({
    rule: 'inter.total-growth',
    code: mistake(actual, indicator, tolerance) ?? 'audit.total-growth-mismatch',
    level: 'error',
    location: locate(table, row, 'growth'),
    expected: shownPercent(expected),
    actual,
    params: { diff: shownPercent(diff) },
  });
}

/**
 * 表间: a total sheet's reported growth against the growth recomputed from the townships'
 * sums (Σ本期 ÷ Σ上年同期 − 1). More than the growth tolerance apart is 错误, with a note
 * when the reported figure is the sum or the average of the township growths.
 *
 * @example
 * totalGrowthRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
 */
export const totalGrowthRule: AuditRule = {
  code: 'inter.total-growth',
  defaultLevel: 'error',
  describe: 'audit.rule.inter.total-growth',
  settings: ['growthTolerancePp'],
  run({ consolidation }, settings) {
    const indicators = indicatorsByKey(consolidation);
    const findings: Finding[] = [];
    for (const total of consolidation.reportedTotals) {
      for (const row of rowsByKey(total).values()) {
        const indicator = indicators.get(row.key);
        const found = indicator ? checkRow(total, row, indicator, settings) : null;
        if (found) findings.push(found);
      }
    }
    return findings;
  },
};
