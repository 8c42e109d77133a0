import { finding, type Finding } from '../finding';
import type { AuditRule } from '../rule';
import { auditedTables } from '../support/audited-tables';
import { indicatorsByKey } from '../support/indicator-index';
import { locate } from '../support/locate';
import { shownPercent } from '../support/shown-percent';
import { epsilonFor } from '../support/precision';
import { rateTolerance } from '../support/rate-tolerance';
import { rowGrowth } from '../support/row-growth';

/**
 * A reported 同比增长 more than 0.1 percentage point (setting `growthTolerancePp`) from the
 * growth computed from the row's 本期 and 上年同期 (错误). The tolerance widens only where the
 * sheet shows growth with no decimals or the figures are so small that their own rounding
 * moves the growth. Rates and shares (non-additive rows) are not checked, nor total-sheet
 * rows that inter.total-growth checks against the townships' sums.
 *
 * @example
 * growthReportedRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
 */
export const growthReportedRule: AuditRule = {
  code: 'growth.reported-vs-computed',
  defaultLevel: 'error',
  describe: 'audit.rule.growth.reported-vs-computed',
  settings: ['growthTolerancePp'],
  run({ consolidation }, settings) {
    const findings: Finding[] = [];
    for (const table of auditedTables(consolidation)) {
      for (const row of table.rows) {
        const actual = row.values.growth;
        const { current, previous } = row.values;
        if (actual === undefined || current === undefined || previous === undefined) continue;
        if (row.nature !== 'additive') continue;
        // A total sheet's growth is checked against the townships' sums by inter.total-growth.
        if (
          table.role === 'total' &&
          indicatorsByKey(consolidation).get(row.key)?.growth.pct != null
        ) {
          continue;
        }
        const expected = rowGrowth(consolidation, table, row);
        if (expected === null) continue; // base zero or negative: growth.base-not-positive
        const diff = actual - expected;
        if (Math.abs(diff) <= settings.growthTolerancePp + epsilonFor(actual, expected)) continue;
        const tolerance = rateTolerance(
          table,
          row,
          'growth',
          'previous',
          settings.growthTolerancePp,
        );
        if (Math.abs(diff) <= tolerance) continue;
        findings.push(
          finding({
            rule: 'growth.reported-vs-computed',
            code: 'audit.growth-mismatch',
            level: 'error',
            location: locate(table, row, 'growth'),
            expected: shownPercent(expected),
            actual,
            params: { current, previous, diff: shownPercent(diff) },
          }),
        );
      }
    }
    return findings;
  },
};
