import type { Finding } from '../core/audit';
import { formatIssue, formatMessage } from '../core/diagnostics/format';
import type { IssueLevel } from '../core/diagnostics/issue';
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
  const where = [f.location.file, `${f.location.sheet}!${f.location.cell}`]
    .filter((part) => part !== undefined)
    .join(' ');
  return formatMessage('cli.finding-line', {
    level: formatMessage(LEVEL_TEXT[f.level]),
    where,
    message: formatIssue(f),
  });
}

/**
 * What the command line prints after a run: counts, the audit's summary and first
 * findings (errors first), the narrative paragraphs, and where the result was written.
 *
 * @example
 * textReport(result, '/tmp/汇总结果.xlsx')
 * // "共 7 个乡镇、34 项指标\n审核结果：错误 6 条，…\n  [错误] 合计!C4 …\n\n综述：\n上半年，全县实现…\n已写出：/tmp/汇总结果.xlsx\n"
 */
export function textReport(result: PipelineResult, output: string | null): string {
  const { findings } = result;
  const shown = findings.filter((f) => f.level !== 'info').slice(0, SHOWN_FINDINGS);
  const hidden = findings.filter((f) => f.level !== 'info').length - shown.length;
  const lines = [
    formatMessage('cli.summary', {
      townships: result.consolidation.townships.length,
      indicators: result.consolidation.indicators.length,
    }),
    auditSummaryLine(findings),
    ...shown.map((f) => `  ${findingLine(f)}`),
    ...(hidden > 0 ? [`  ${formatMessage('cli.more-findings', { count: hidden })}`] : []),
  ];
  if (result.paragraphs.length > 0) {
    lines.push('', formatMessage('cli.narrative-heading'), ...result.paragraphs.map((p) => p.text));
  }
  if (output !== null) lines.push('', formatMessage('cli.wrote', { file: output }));
  return `${lines.join('\n')}\n`;
}
