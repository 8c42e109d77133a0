import type { Issue, IssueParam } from './issue';
import { messagesZhCN, type MessageCode } from './messages.zh-CN';

/**
 * Fills a catalogue message's {placeholders}. A missing parameter shows as "{name}",
 * visibly, instead of "undefined".
 *
 * @example
 * formatMessage('read.file-missing', { file: 'a.xlsx' }) // "找不到文件：a.xlsx"
 */
export function formatMessage(
  code: MessageCode,
  params: Readonly<Record<string, IssueParam | undefined>> = {},
): string {
  return messagesZhCN[code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return whole;
    return typeof value === 'number' ? formatPlainNumber(value) : value;
  });
}

/** The text of an issue, with its location fields available as parameters too. */
export function formatIssue(issue: Issue): string {
  return formatMessage(issue.code, { ...issue.location, ...issue.params });
}

function formatPlainNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // Up to 4 decimals, no float noise (0.30000000000000004 -> 0.3).
  return String(Number(value.toFixed(4)));
}
