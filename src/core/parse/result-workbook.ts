import { formatMessage } from '../diagnostics/format';
import { messagesZhCN } from '../diagnostics/messages.zh-CN';
import type { SheetGrid, WorkbookGrids } from '../grid/cell';
import { fileBaseName, isTotalSheetName } from './township-name';

/** The 汇总 sheet of one of our own result workbooks, and the unit it stands for. */
export interface ResultSummary {
  /** The result's 汇总 sheet: the only sheet of the workbook that is read. */
  readonly grid: SheetGrid;
  /** The unit the sheet is read as: the result's area (A县), else the file's base name. */
  readonly unitName: string;
}

const OUTPUT_SHEETS = [
  formatMessage('sheet.summary'),
  formatMessage('sheet.by-township'),
  formatMessage('sheet.audit'),
  formatMessage('sheet.narrative'),
  formatMessage('sheet.draft-check'),
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The 汇总 title as the catalogue writes it, with the area and period words captured. */
const SUMMARY_TITLE = new RegExp(
  `^${escapeRegExp(messagesZhCN['output.summary-title'])
    .replace('\\{area\\}', '(.*?)')
    .replace('\\{period\\}', '(.*)')}$`,
);

/**
 * The area word of a 汇总 title we wrote ("A县主要经济指标完成情况（上半年）" -> "A县"), or
 * null when the text is not such a title.
 *
 * @example
 * summaryTitleArea('A县主要经济指标完成情况（1-6月）') // "A县"
 * summaryTitleArea('东城镇主要经济指标') // null
 */
export function summaryTitleArea(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const m = SUMMARY_TITLE.exec(text.trim());
  return m === null ? null : (m[1] ?? '').trim();
}

function nonEmpty(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * Whether a workbook without our marker looks like our result: only our output sheets, at
 * least one besides 汇总 (a township's workbook with a sheet named 汇总 and a title like
 * ours, 东城镇园区主要经济指标完成情况（2025年1-6月）, is not one), and the 汇总 header
 * right under the title.
 */
function ourSheets(workbook: WorkbookGrids, summary: SheetGrid): boolean {
  return (
    workbook.sheets.length > 1 &&
    workbook.sheets.every((sheet) => OUTPUT_SHEETS.includes(sheet.name)) &&
    summary.rows[1]?.[0] === formatMessage('output.col.indicator')
  );
}

/**
 * When `workbook` is one of our own results (it carries our marker, or its sheets are
 * our output sheets, 汇总 and at least one other, with our 汇总 title and header), its 汇总 sheet and the unit that sheet
 * stands for; else null. The unit is named after the result's area (the marker's, else the
 * title's), else after the file; an area word that names no place (全县, 全区…: the
 * default) gives way to the file's base name, so two counties' results stay two units.
 *
 * @example
 * resultSummary({ file: 'A县.xlsx', sheets: [summary, byTownship, audit, narrative] })
 * // { grid: summary, unitName: 'A县' } when summary's title is "A县主要经济指标完成情况（1-6月）"
 */
export function resultSummary(workbook: WorkbookGrids): ResultSummary | null {
  const grid = workbook.sheets.find((sheet) => sheet.name === OUTPUT_SHEETS[0]);
  if (grid === undefined) return null;
  const titleArea = summaryTitleArea(grid.rows[0]?.[0]);
  if (workbook.result === undefined && (titleArea === null || !ourSheets(workbook, grid))) {
    return null;
  }
  const area = nonEmpty(workbook.result?.area) ?? nonEmpty(titleArea);
  const fromFile = workbook.file === undefined ? null : nonEmpty(fileBaseName(workbook.file));
  const unitName =
    area !== null && (!isTotalSheetName(area) || fromFile === null)
      ? area
      : (fromFile ?? area ?? OUTPUT_SHEETS[0] ?? '');
  return { grid, unitName };
}
