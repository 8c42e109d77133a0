import { finding, type Finding } from '../finding';
import type { AuditRule } from '../rule';
import { auditedTables } from '../support/audited-tables';
import { locate } from '../support/locate';
import { signedMatcher } from '../support/signed-indicator';

/**
 * 合理性: an indicator that may be negative (利润, 利税…; setting `signedIndicatorPatterns`)
 * that changed sign since last year: 由正转负 or 由负转正 (核实).
 *
 * @example
 * signFlipRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
 */
export const signFlipRule: AuditRule = {
  code: 'plausibility.sign-flip',
  defaultLevel: 'verify',
  describe: 'audit.rule.plausibility.sign-flip',
  settings: ['signedIndicatorPatterns'],
  run({ consolidation }, settings) {
    const findings: Finding[] = [];
    const signed = signedMatcher(settings.signedIndicatorPatterns);
    for (const table of auditedTables(consolidation)) {
      for (const row of table.rows) {
        const { current, previous } = row.values;
        if (current === undefined || previous === undefined) continue;
        if (!signed(row)) continue;
        const toNegative = previous > 0 && current < 0;
        const toPositive = previous < 0 && current > 0;
        if (!toNegative && !toPositive) continue;
        findings.push(
          finding({
            rule: 'plausibility.sign-flip',
            code: toNegative ? 'audit.sign-flip-to-negative' : 'audit.sign-flip-to-positive',
            level: 'verify',
            location: locate(table, row, 'current'),
            expected: null,
            actual: current,
            params: { previous },
          }),
        );
      }
    }
    return findings;
  },
};
