import type { RuleCode } from './rule-code';
import type { AuditRule } from './rule';
import { duplicateIndicatorRule } from './rules/completeness-duplicate-indicator';
import { missingIndicatorRule } from './rules/completeness-missing-indicator';
import { textInNumberCellRule } from './rules/completeness-text-in-number-cell';
import { unitMixedRule } from './rules/completeness-unit-mixed';
import { unitUnknownRule } from './rules/completeness-unit-unknown';
import { inputNoticeRule } from './rules/input-notice';
import { growthBaseRule } from './rules/growth-base-not-positive';
import { completionReportedRule } from './rules/growth-completion-vs-computed';
import { growthReportedRule } from './rules/growth-reported-vs-computed';
import { totalGrowthRule } from './rules/inter-total-growth';
import { totalMismatchRule } from './rules/inter-total-mismatch';
import { totalUnmatchedRule } from './rules/inter-total-unmatched';
import { breakdownSumRule } from './rules/intra-breakdown-sum';
import { childExceedsParentRule } from './rules/intra-child-exceeds-parent';
import { growthLargeRule } from './rules/plausibility-growth-large';
import { negativeImpossibleRule } from './rules/plausibility-negative-impossible';
import { signFlipRule } from './rules/plausibility-sign-flip';
import { unitSlipRule } from './rules/plausibility-unit-slip';

/**
 * Every audit rule, in the order they run (the same order as RULE_CODES).
 *
 * @example
 * AUDIT_RULES.map((rule) => rule.code) // ['inter.total-mismatch', …]
 */
export const AUDIT_RULES: readonly AuditRule[] = [
  totalMismatchRule,
  totalGrowthRule,
  totalUnmatchedRule,
  childExceedsParentRule,
  breakdownSumRule,
  growthReportedRule,
  completionReportedRule,
  growthBaseRule,
  growthLargeRule,
  signFlipRule,
  unitSlipRule,
  negativeImpossibleRule,
  missingIndicatorRule,
  duplicateIndicatorRule,
  textInNumberCellRule,
  unitUnknownRule,
  unitMixedRule,
  inputNoticeRule,
];

const BY_CODE = new Map<RuleCode, AuditRule>(AUDIT_RULES.map((rule) => [rule.code, rule]));

/**
 * @example
 * auditRule('inter.total-mismatch')?.describe // 'audit.rule.inter.total-mismatch'
 */
export function auditRule(code: RuleCode): AuditRule | undefined {
  return BY_CODE.get(code);
}
