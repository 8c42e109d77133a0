import type { Finding } from '../finding';
import type { AuditRule } from '../rule';
import { fromParseIssue } from '../support/from-parse-issue';

const CODES = new Set<string>(['parse.cell-not-number', 'parse.cell-excel-error']);

/**
 * 完整性: text or an Excel error value in a number cell, left out of the sums (错误). The
 * parser detects it (parse.cell-not-number, parse.cell-excel-error); this rule lists it.
 *
 * @example
 * textInNumberCellRule.run({ consolidation, parseIssues }, DEFAULT_AUDIT_SETTINGS)
 */
export const textInNumberCellRule: AuditRule = {
  code: 'completeness.text-in-number-cell',
  defaultLevel: 'error',
  describe: 'audit.rule.completeness.text-in-number-cell',
  settings: [],
  run({ parseIssues = [] }) {
    const findings: Finding[] = [];
    for (const issue of parseIssues) {
      if (CODES.has(issue.code)) {
        findings.push(fromParseIssue(issue, 'completeness.text-in-number-cell', 'error'));
      }
    }
    return findings;
  },
};
