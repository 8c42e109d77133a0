import { completion } from '../../compute';
import { finding } from '../finding';
import type { AuditRule } from '../rule';
import { rowRule } from '../row-rule';
import { locate } from '../support/locate';
import { shownPercent } from '../support/shown-percent';
import { epsilonFor } from '../support/precision';
import { rateTolerance } from '../support/rate-tolerance';

/**
 * A reported 完成目标(%) more than 0.1 percentage point (setting `completionTolerancePp`)
 * from 本期 ÷ 全年目标 × 100 (错误). Non-additive rows are not checked.
 *
 * @example
 * completionReportedRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
 */
export const completionReportedRule: AuditRule = rowRule({
  code: 'growth.completion-vs-computed',
  defaultLevel: 'error',
  describe: 'audit.rule.growth.completion-vs-computed',
  settings: ['completionTolerancePp'],
  rows: (_input, settings) => ({
    sheet: (table) => (row, findings) => {
      const actual = row.values.completion;
      const { current, target } = row.values;
      if (actual === undefined || current === undefined || target === undefined) return;
      if (row.nature !== 'additive') return;
      const expected = completion(current, target);
      if (expected === null) return;
      const diff = actual - expected;
      if (Math.abs(diff) <= settings.completionTolerancePp + epsilonFor(actual, expected)) return;
      const tolerance = rateTolerance(
        table,
        row,
        'completion',
        'target',
        settings.completionTolerancePp,
      );
      if (Math.abs(diff) <= tolerance) return;
      findings.push(
        finding({
          rule: 'growth.completion-vs-computed',
          code: 'audit.completion-mismatch',
          level: 'error',
          location: locate(table, row, 'completion'),
          expected: shownPercent(expected),
          actual,
          params: { current, target, diff: shownPercent(diff) },
        }),
      );
    },
  }),
});
