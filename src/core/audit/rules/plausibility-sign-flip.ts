import { finding } from '../finding';
import type { AuditRule } from '../rule';
import { rowRule } from '../row-rule';
import { locate } from '../support/locate';
import { signedMatcher } from '../support/signed-indicator';

/**
 * 合理性: an indicator that may be negative (利润, 利税…; setting `signedIndicatorPatterns`)
 * that changed sign since last year: 由正转负 or 由负转正 (核实).
 *
 * @example
 * signFlipRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
 */
export const signFlipRule: AuditRule = rowRule({
  code: 'plausibility.sign-flip',
  defaultLevel: 'verify',
  describe: 'audit.rule.plausibility.sign-flip',
  settings: ['signedIndicatorPatterns'],
  rows(_input, settings) {
    const signed = signedMatcher(settings.signedIndicatorPatterns);
    return {
      sheet: (table) => (row, findings) => {
        const { current, previous } = row.values;
        if (current === undefined || previous === undefined) return;
        const toNegative = previous > 0 && current < 0;
        const toPositive = previous < 0 && current > 0;
        // The name is matched only for the rare row that changed sign.
        if ((!toNegative && !toPositive) || !signed(row)) return;
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
      },
    };
  },
});
