import { finding } from '../finding';
import type { AuditRule } from '../rule';
import { rowRule } from '../row-rule';
import { indicatorsByKey } from '../support/indicator-index';
import { locate } from '../support/locate';
import { shownPercent } from '../support/shown-percent';
import { epsilonFor } from '../support/precision';
import { rateTolerance } from '../support/rate-tolerance';
import { sheetGrowths } from '../support/row-growth';

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
export const growthReportedRule: AuditRule = rowRule({
  code: 'growth.reported-vs-computed',
  defaultLevel: 'error',
  describe: 'audit.rule.growth.reported-vs-computed',
  settings: ['growthTolerancePp'],
  rows: ({ consolidation }, settings) => ({
    sheet: (table) => {
      const growths = sheetGrowths(consolidation, table);
      const total = table.role === 'total';
      return (row, findings, at) => {
        const actual = row.values.growth;
        const { current, previous } = row.values;
        if (actual === undefined || current === undefined || previous === undefined) return;
        if (row.nature !== 'additive') return;
        // A total sheet's growth is checked against the townships' sums by inter.total-growth.
        if (total && indicatorsByKey(consolidation).get(row.key)?.growth.pct != null) return;
        const expected = growths[at] as number;
        if (Number.isNaN(expected)) return; // base zero or negative: growth.base-not-positive
        const diff = actual - expected;
        if (Math.abs(diff) <= settings.growthTolerancePp + epsilonFor(actual, expected)) return;
        const tolerance = rateTolerance(
          table,
          row,
          'growth',
          'previous',
          settings.growthTolerancePp,
        );
        if (Math.abs(diff) <= tolerance) return;
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
      };
    },
  }),
});
