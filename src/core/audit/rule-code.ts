/** The stable code of every audit rule, in registry order. Settings refer to rules by it. */
export const RULE_CODES = [
  'inter.total-mismatch',
  'inter.total-growth',
  'inter.total-unmatched',
  'intra.child-exceeds-parent',
  'intra.breakdown-sum',
  'growth.reported-vs-computed',
  'growth.completion-vs-computed',
  'growth.base-not-positive',
  'plausibility.growth-large',
  'plausibility.sign-flip',
  'plausibility.unit-slip',
  'plausibility.negative-impossible',
  'completeness.missing-indicator',
  'completeness.duplicate-indicator',
  'completeness.text-in-number-cell',
  'completeness.unit-unknown',
  'completeness.unit-mixed',
  'input.notice',
] as const;

/**
 * @example
 * const code: RuleCode = 'inter.total-mismatch';
 */
export type RuleCode = (typeof RULE_CODES)[number];
