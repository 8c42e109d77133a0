import type { Finding } from '../finding';
import type { AuditRule } from '../rule';
import { fromParseIssue } from '../support/from-parse-issue';

/**
 * 完整性: an indicator that appears twice in one sheet (核实). The parser detects it
 * (parse.duplicate-indicator, first row counted); this rule lists it on the 审核 sheet.
 *
 * @example
 * duplicateIndicatorRule.run({ consolidation, parseIssues }, DEFAULT_AUDIT_SETTINGS)
 */
export const duplicateIndicatorRule: AuditRule = {
  code: 'completeness.duplicate-indicator',
  defaultLevel: 'verify',
  describe: 'audit.rule.completeness.duplicate-indicator',
  settings: [],
  run({ parseIssues = [] }) {
    const findings: Finding[] = [];
    for (const issue of parseIssues) {
      if (issue.code === 'parse.duplicate-indicator') {
        findings.push(fromParseIssue(issue, 'completeness.duplicate-indicator', 'verify'));
      }
    }
    return findings;
  },
};
