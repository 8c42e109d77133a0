import type { Issue, IssueLevel } from '../../diagnostics/issue';
import { finding, type Finding } from '../finding';
import type { RuleCode } from '../rule-code';

/**
 * A parser issue as a finding of `rule`, at the rule's level, with the parser's message;
 * `actual` is the text the cell held, when the issue says.
 *
 * @example
 * fromParseIssue(issue, 'completeness.text-in-number-cell', 'error')
 */
export function fromParseIssue(issue: Issue, rule: RuleCode, level: IssueLevel): Finding {
  const { file, sheet, cell, indicator } = issue.location;
  const text = issue.params['text'];
  return finding({
    rule,
    code: issue.code,
    level,
    location: {
      ...(file !== undefined ? { file } : {}),
      sheet: sheet ?? '',
      cell: cell ?? '',
      indicator: indicator ?? '',
    },
    expected: null,
    actual: text ?? null,
    params: issue.params,
  });
}
