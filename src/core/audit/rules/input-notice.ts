import type { MessageCode } from '../../diagnostics/messages.zh-CN';
import type { Finding } from '../finding';
import type { AuditRule } from '../rule';
import { fromParseIssue } from '../support/from-parse-issue';

/**
 * Notices that another rule already lists on the 审核 sheet, in its own words: listing
 * them here too would say the same thing twice.
 */
const LISTED_ELSEWHERE: ReadonlySet<MessageCode> = new Set<MessageCode>([
  'parse.duplicate-indicator', // completeness.duplicate-indicator
  'parse.cell-not-number', // completeness.text-in-number-cell
  'parse.cell-excel-error', // completeness.text-in-number-cell
  'consolidate.unit-incompatible', // completeness.unit-mixed (audit.unit-incompatible)
  'consolidate.unit-converted', // completeness.unit-mixed (audit.unit-mixed)
]);

/**
 * The narrative's notices about the data rather than the templates: a paragraph left out
 * because its township (or the area) has none of the indicators it names.
 */
const NARRATIVE_DATA_NOTICES: ReadonlySet<MessageCode> = new Set<MessageCode>([
  'narrative.paragraph-left-out',
]);

/**
 * 读取: every notice of the hosts, the parser and the consolidation that no other rule
 * lists (a file or sheet skipped, a township renamed or left out, a cell read as blank, a
 * total left empty), at the notice's own level, so that a figure dropped or doubted shows
 * in the 审核 sheet, the terminal and the task pane, and counts for `--strict`, never only
 * in `--json`. Narrative template notices are not the data's and stay out, except a
 * paragraph left out for want of data (`withLaterNotices` adds those after the narrative).
 *
 * @example
 * inputNoticeRule.run({ consolidation, parseIssues }, DEFAULT_AUDIT_SETTINGS)
 * // [{ rule: 'input.notice', code: 'parse.township-twice', level: 'error', … }]
 */
export const inputNoticeRule: AuditRule = {
  code: 'input.notice',
  defaultLevel: 'verify',
  describe: 'audit.rule.input.notice',
  settings: [],
  run({ parseIssues = [] }) {
    const findings: Finding[] = [];
    for (const notice of parseIssues) {
      if (LISTED_ELSEWHERE.has(notice.code)) continue;
      if (notice.code.startsWith('narrative.') && !NARRATIVE_DATA_NOTICES.has(notice.code)) {
        continue;
      }
      // A sheet-level unit notice has no row for completeness.unit-unknown to list.
      if (notice.code === 'parse.unit-unknown' && notice.location.cell !== undefined) continue;
      findings.push(fromParseIssue(notice, 'input.notice', notice.level));
    }
    return findings;
  },
};
