import type { IssueLevel } from '../diagnostics/issue';
import type { MessageCode } from '../diagnostics/messages.zh-CN';
import type { AuditInput } from './audit-input';
import type { Finding } from './finding';
import type { RuleCode } from './rule-code';
import type { AuditSettings } from './settings';

/**
 * One audit rule: a pure function from the consolidation to findings.
 *
 * @example
 * const rule: AuditRule = {
 *   code: 'plausibility.sign-flip',
 *   defaultLevel: 'verify',
 *   describe: 'audit.rule.plausibility.sign-flip',
 *   settings: ['signedIndicatorPatterns'],
 *   run: () => [],
 * };
 */
export interface AuditRule {
  readonly code: RuleCode;
  readonly defaultLevel: IssueLevel;
  /** Catalogue key of the rule's name, shown in the 规则 column. */
  readonly describe: MessageCode;
  /** The settings the rule reads. */
  readonly settings: readonly (keyof AuditSettings)[];
  run(input: AuditInput, settings: AuditSettings): Finding[];
}
