import type { Finding } from '../core/audit';
import { formatIssue, formatMessage } from '../core/diagnostics/format';
import { levelRank, type IssueLevel } from '../core/diagnostics/issue';
import { auditSummaryLine } from '../core/output/audit-sheet';
import type { PipelineResult } from '../core/pipeline';

/** How many findings the terminal shows before pointing to the 审核 sheet. */
const SHOWN_FINDINGS = 10;

const LEVEL_TEXT = {
  error: 'level.error',
  verify: 'level.verify',
  info: 'level.info',
} as const satisfies Record<IssueLevel, string>;

/** One finding as a terminal line: "[错误] 合计!C4 工业总产值：…". */
export function findingLine(f: Finding): string {
  // A notice about a whole file (skipped, read twice) has no sheet or cell.
  const place =
    f.location.sheet === ''
      ? undefined
      : `${f.location.sheet}!${f.location.cell}`.replace(/!$/, '');
  const where = [f.location.file, place].filter((part) => part !== undefined).join(' ');
  return formatMessage('cli.finding-line', {
    level: formatMessage(LEVEL_TEXT[f.level]),
    where,
    message: formatIssue(f),
  });
}

/** How many files a run found and left out (old formats, read twice, our own results). */
export interface FileCounts {
  readonly found: number;
  readonly skipped: number;
  /** The Word report written (`--docx`), or null. */
  readonly docx?: string | null;
}

/**
 * What the command line prints after a run: counts, the files left out (when any), the
 * audit's summary and first findings (errors first; within a level, notices about what was
 * read first, since they say a figure was dropped, doubled or doubted), the narrative
 * paragraphs, and where the result was written.
 *
 * @example
 * textReport(result, '/tmp/汇总结果.xlsx', { found: 12, skipped: 2 })
 * // "共 7 个乡镇、34 项指标\n读取 12 个文件，跳过 2 个（见结果文件的“审核”表）\n审核结果：错误 6 条，…\n  [错误] 丙乡.xls 乡镇报表/丙乡.xls 是旧版 Excel 格式，…\n…已写出：/tmp/汇总结果.xlsx\n"
 */
export function textReport(
  result: PipelineResult,
  output: string | null,
  files?: FileCounts,
): string {
  const { findings } = result;
  const serious = findings
    .filter((f) => f.level !== 'info')
    .sort((a, b) => levelRank(a.level) - levelRank(b.level) || readFirst(a) - readFirst(b));
  const shown = serious.slice(0, SHOWN_FINDINGS);
  const hidden = serious.length - shown.length;
  const lines = [
    formatMessage('cli.summary', {
      townships: result.consolidation.townships.length,
      indicators: result.consolidation.indicators.length,
    }),
    ...(files !== undefined && files.skipped > 0
      ? [formatMessage('cli.files-read', { read: files.found, skipped: files.skipped })]
      : []),
    auditSummaryLine(findings),
    ...shown.map((f) => `  ${findingLine(f)}`),
    ...(hidden > 0 ? [`  ${formatMessage('cli.more-findings', { count: hidden })}`] : []),
  ];
  if (result.paragraphs.length > 0) {
    lines.push('', formatMessage('cli.narrative-heading'), ...result.paragraphs.map((p) => p.text));
  }
  const written = [output, files?.docx ?? null].filter((file) => file !== null);
  if (written.length > 0) lines.push('');
  for (const file of written) lines.push(formatMessage('cli.wrote', { file }));
  return `${lines.join('\n')}\n`;
}

/** Notices about what was read (rule input.notice) before the other findings of a level. */
function readFirst(f: Finding): number {
  return f.rule === 'input.notice' ? 0 : 1;
}
