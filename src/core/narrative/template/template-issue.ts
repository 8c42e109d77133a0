import { issue, type Issue, type IssueLevel, type MessageCode } from '../../diagnostics';
import type { SourceLocation } from './ast';

/**
 * An issue about a place in a template: the message names the template, line, column
 * and the text at fault.
 *
 * @example
 * templateIssue('narrative.unknown-indicator', 'verify', '主要指标', loc, '{工业产值}', { name: '工业产值' })
 */
export function templateIssue(
  code: MessageCode,
  level: IssueLevel,
  template: string,
  loc: SourceLocation,
  text: string,
  params: Readonly<Record<string, string>> = {},
): Issue {
  return issue(code, level, {}, { template, line: loc.line, column: loc.column, text, ...params });
}
