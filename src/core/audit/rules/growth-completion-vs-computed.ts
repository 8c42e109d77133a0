import { completion } from '../../compute';
import { finding, type Finding } from '../finding';
import type { AuditRule } from '../rule';
import { auditedTables } from '../support/audited-tables';
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
export const completionReportedRule: AuditRule = {
  code: 'growth.completion-vs-computed',
  defaultLevel: 'error',
  describe: 'audit.rule.growth.completion-vs-computed',
  settings: ['completionTolerancePp'],
  run({ consolidation }, settings) {
    const findings: Finding[] = [];
    for (const table of auditedTables(consolidation)) {
      for (const row of table.rows) {
        const actual = row.values.completion;
        const { current, target } = row.values;
        if (actual === undefined || current === undefined || target === undefined) continue;
        if (row.nature !== 'additive') continue;
        const expected = completion(current, target);
        if (expected === null) continue;
        const diff = actual - expected;
        if (Math.abs(diff) <= settings.completionTolerancePp + epsilonFor(actual, expected))
          continue;
        const tolerance = rateTolerance(
          table,
          row,
          'completion',
          'target',
          settings.completionTolerancePp,
        );
        if (Math.abs(diff) <= tolerance) continue;
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
      }
    }
    return findings;
  },
};
