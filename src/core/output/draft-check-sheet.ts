import type { MessageCode } from '../diagnostics';
import { formatMessage } from '../diagnostics';
import type { DraftCheck, DraftFigure } from '../draft-check/types';
import type { OutputCell, OutputLink, OutputSheet } from './output-sheet';
import { padRow } from './sheet-cells';

const HEADER: readonly MessageCode[] = [
  'output.col.paragraph',
  'output.col.excerpt',
  'output.col.subject',
  'output.col.draft-indicator',
  'output.col.kind',
  'output.col.written',
  'output.col.computed',
  'output.col.verdict',
  'output.col.suggestion',
  'output.col.reason',
];
const COLUMN_WIDTHS = [6, 40, 10, 18, 9, 14, 14, 9, 40, 44];
const COMPUTED_COLUMN = 6;
const FIRST_FIGURE_ROW = 2;
/** Mismatches first, then what could not be checked, then matches (draft order within). */
const ORDER: Readonly<Record<DraftFigure['verdict'], number>> = {
  mismatch: 0,
  unchecked: 1,
  match: 2,
};

/** The 文稿核对 sheet's first line: the draft's name and the count of each verdict. */
export function draftCheckSummaryLine(check: DraftCheck): string {
  return formatMessage('output.draft-title', { source: check.source, ...check.counts });
}

/**
 * The 文稿核对 sheet: a first line with the counts, the header 段落 | 原文片段 | 主体 | 指标 |
 * 类型 | 文稿数 | 计算数 | 结论 | 建议改为 | 说明, then one figure a row, mismatches first.
 * Each 计算数 cell links to the first source cell of its value. Texts are data (hosts write
 * them as text, never as formulas).
 *
 * @example
 * buildDraftCheckSheet(check).rows[2] // [2, '其中玻璃产品销售收入11.15亿元，占85%', '园区', …, '不一致', …]
 */
export function buildDraftCheckSheet(check: DraftCheck): OutputSheet {
  const width = HEADER.length;
  const ordered = [...check.figures].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);
  const rows: OutputCell[][] = [
    padRow([draftCheckSummaryLine(check)], width),
    HEADER.map((code) => formatMessage(code)),
  ];
  const links: OutputLink[] = [];
  ordered.forEach((f, i) => {
    rows.push([
      f.paragraph,
      f.excerpt,
      f.subject ?? null,
      f.indicator ?? null,
      formatMessage(`draft.kind.${f.kind}`),
      f.written,
      f.computed ?? null,
      formatMessage(`draft.verdict.${f.verdict}`),
      f.suggestion ?? null,
      f.reason ?? null,
    ]);
    const source = f.sources[0];
    if (source !== undefined) {
      links.push({
        row: FIRST_FIGURE_ROW + i,
        col: COMPUTED_COLUMN,
        sheet: source.sheet,
        cell: source.cell,
      });
    }
  });
  return {
    kind: 'draft-check',
    name: formatMessage('sheet.draft-check'),
    rows,
    numberFormats: rows.map((row) => row.map(() => null)),
    columnWidths: COLUMN_WIDTHS,
    boldRows: [0, 1],
    frozenRows: FIRST_FIGURE_ROW,
    frozenColumns: 0,
    merges: [{ row: 0, col: 0, rowSpan: 1, colSpan: width }],
    wrapColumns: [1, 8, 9],
    links,
  };
}
