import { auditRule } from '../audit/registry';
import type { Finding } from '../audit/finding';
import { formatIssue, formatMessage } from '../diagnostics/format';
import { byLevel, countByLevel, type IssueLevel } from '../diagnostics/issue';
import type { MessageCode } from '../diagnostics/messages.zh-CN';
import type { OutputCell, OutputLink, OutputSheet } from './output-sheet';

const HEADER: readonly MessageCode[] = [
  'audit.col.level',
  'audit.col.rule',
  'audit.col.sheet',
  'audit.col.cell',
  'audit.col.indicator',
  'audit.col.message',
  'audit.col.expected',
  'audit.col.actual',
];
const LEVEL_TEXT: Record<IssueLevel, MessageCode> = {
  error: 'level.error',
  verify: 'level.verify',
  info: 'level.info',
};
const COLUMN_WIDTHS = [6, 24, 14, 8, 22, 70, 14, 14];
const CELL_COLUMN = 3;
const MESSAGE_COLUMN = 5;
const FIRST_FINDING_ROW = 2;

/** A value for the 应为/实为 columns: numbers stay numbers, without float noise. */
function valueCell(value: number | string | null): OutputCell {
  if (typeof value === 'number') return Number.isFinite(value) ? Number(value.toFixed(4)) : null;
  return value;
}

/**
 * The 审核 sheet's first line, also printed by the command line: the count of each level,
 * or that all checks passed.
 *
 * @example
 * auditSummaryLine([]) // "审核通过：未发现错误和需核实的问题"
 */
export function auditSummaryLine(findings: readonly Finding[]): string {
  const counts = countByLevel(findings);
  if (counts.error === 0 && counts.verify === 0) {
    return counts.info === 0
      ? formatMessage('audit.passed')
      : formatMessage('audit.passed-with-info', { info: counts.info });
  }
  return formatMessage('audit.summary', counts);
}

function sheetText(f: Finding): string {
  return f.location.file !== undefined
    ? `${f.location.file} ${f.location.sheet}`
    : f.location.sheet;
}

/**
 * The 审核 sheet: a first line with the count of each level (or that all checks passed), the
 * header 级别 | 规则 | 工作表 | 单元格 | 指标 | 说明 | 应为 | 实为, then one finding a row, errors
 * first (the given order is kept within a level). Each 单元格 cell links to the source cell.
 *
 * @example
 * buildAuditSheet(runAudit({ consolidation })).rows[0] // ['审核通过：未发现错误和需核实的问题']
 */
export function buildAuditSheet(findings: readonly Finding[]): OutputSheet {
  const ordered = [...findings].sort(byLevel);
  const width = HEADER.length;
  const rows: OutputCell[][] = [
    [auditSummaryLine(ordered), ...Array<OutputCell>(width - 1).fill(null)],
    HEADER.map((code) => formatMessage(code)),
  ];
  const links: OutputLink[] = [];
  ordered.forEach((f, i) => {
    const rule = auditRule(f.rule);
    rows.push([
      formatMessage(LEVEL_TEXT[f.level]),
      rule ? formatMessage(rule.describe) : f.rule,
      sheetText(f),
      f.location.cell,
      f.location.indicator,
      formatIssue(f),
      valueCell(f.expected),
      valueCell(f.actual),
    ]);
    if (f.location.sheet !== '' && f.location.cell !== '') {
      links.push({
        row: FIRST_FINDING_ROW + i,
        col: CELL_COLUMN,
        sheet: f.location.sheet,
        cell: f.location.cell,
      });
    }
  });
  return {
    kind: 'audit',
    name: formatMessage('sheet.audit'),
    rows,
    numberFormats: rows.map((row) => row.map(() => null)),
    columnWidths: COLUMN_WIDTHS,
    boldRows: [0, 1],
    frozenRows: FIRST_FINDING_ROW,
    frozenColumns: 0,
    merges: [{ row: 0, col: 0, rowSpan: 1, colSpan: width }],
    wrapColumns: [MESSAGE_COLUMN],
    links,
  };
}
