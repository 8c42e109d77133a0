export type { AuditInput } from './audit-input';
export { finding, type Finding, type FindingLocation, type FindingSpec } from './finding';
export { AUDIT_RULES, auditRule } from './registry';
export type { AuditRule, RowCheck, RowVisitor } from './rule';
export { RULE_CODES, type RuleCode } from './rule-code';
export { erroneousIndicators } from './erroneous-indicators';
export { runAudit, withLaterNotices } from './run-audit';
export {
  DEFAULT_AUDIT_SETTINGS,
  resolveAuditSettings,
  type AuditSettings,
  type BreakdownSpec,
} from './settings';
export { sortFindings } from './sort-findings';
