import { formatMessage } from '../diagnostics/format';
import type { Paragraph } from '../narrative';
import { chineseNumeral } from '../narrative/locale/chinese-numeral';
import { PER_TOWNSHIP } from '../output/by-township-sheet';
import { cellText } from '../output/cell-text';
import { textWidth } from '../output/column-width';
import type { OutputSheet } from '../output/output-sheet';
import type { SummaryWords } from '../output/summary-sheet';

/** How a table cell's text is aligned: labels left, figures right (GB/T 9704 tables). */
export type ReportAlign = 'left' | 'center' | 'right';

/** A header cell, with how many columns and rows it spans. */
export interface ReportHeaderCell {
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
}

/** A table of the report: header rows, then body rows, every cell already as shown. */
export interface ReportTable {
  /** The caption above the table (the 汇总 sheet's title), or null under its own heading. */
  readonly caption: string | null;
  /** Header rows; a cell spanning columns or rows stands once, at its top left. */
  readonly header: readonly (readonly ReportHeaderCell[])[];
  readonly body: readonly (readonly string[])[];
  /** Per column: how its body cells are aligned. */
  readonly align: readonly ReportAlign[];
  /**
   * Column widths in half-width characters of the table's font, summing to about
   * `TABLE_LINE_UNITS`: figures never wrap, the label column takes what is left.
   */
  readonly widths: readonly number[];
}

/** One block of the report, in reading order. */
export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly table: ReportTable }
  /** Where the `index`-th chart image goes, with its caption below it. */
  | { readonly kind: 'figure'; readonly index: number; readonly caption: string };

/** The Word report as plain data: what a renderer lays out, with no layout library. */
export interface ReportModel {
  /** "{area}{period}主要经济指标完成情况". */
  readonly title: string;
  /** The file name to offer ("…主要经济指标完成情况.docx"). */
  readonly fileName: string;
  readonly blocks: readonly ReportBlock[];
}

/** What the report is made of: a pipeline result's words, paragraphs and sheets. */
export interface ReportSource {
  readonly words: SummaryWords;
  readonly paragraphs: readonly Pick<Paragraph, 'text'>[];
  readonly sheets: readonly OutputSheet[];
}

export interface ReportOptions {
  /** Adds the 分乡镇 tables (split, two townships a table). Default false. */
  readonly byTownship?: boolean;
  /** Titles of the chart images, in order; each becomes a captioned figure. */
  readonly chartTitles?: readonly string[];
}

/**
 * Half-width characters of 宋体 小四 (12 pt) across the text block of an A4 page with the
 * GB/T 9704 margins (156 mm), less a little for the borders.
 */
export const TABLE_LINE_UNITS = 72;

/** Per cell, for its side margins. */
const CELL_PADDING = 2;
/** A figure column is never narrower than this (its header wraps instead: 同比增长(%)). */
const MIN_FIGURE_WIDTH = 5;
/** Wider labels wrap; the unit column wraps beyond this too (吨标准煤/万元). */
const MIN_LABEL_WIDTH = 12;
const MAX_UNIT_WIDTH = 8;

/**
 * Column widths: each figure column as wide as its widest figure, the unit column as its
 * widest unit (capped), and the label column the rest of the line (at least
 * `MIN_LABEL_WIDTH`, at most its widest label).
 */
function tableWidths(
  header: readonly (readonly ReportHeaderCell[])[],
  body: readonly (readonly string[])[],
): number[] {
  const count = body[0]?.length ?? header[0]?.reduce((n, cell) => n + cell.colSpan, 0) ?? 0;
  const widest = (c: number) => Math.max(0, ...body.map((row) => textWidth(row[c] ?? '')));
  const figures = Array.from({ length: Math.max(0, count - 2) }, (_v, i) =>
    Math.max(MIN_FIGURE_WIDTH, widest(i + 2) + CELL_PADDING),
  );
  const unit = Math.min(MAX_UNIT_WIDTH, Math.max(4, widest(1)) + CELL_PADDING);
  const used = unit + figures.reduce((a, b) => a + b, 0);
  const label = Math.min(
    widest(0) + CELL_PADDING,
    Math.max(MIN_LABEL_WIDTH, TABLE_LINE_UNITS - used),
  );
  return [label, unit, ...figures].slice(0, Math.max(count, 0));
}

/** Townships per 分乡镇 table: 2 label columns + 2 × 4 figures fit an A4 portrait page. */
export const TOWNSHIPS_PER_TABLE = 2;

/**
 * The Word report's content: the title, then 一、总体情况 (the 综述 paragraphs as written in
 * the 综述 sheet), 二、主要经济指标汇总 (the 汇总 sheet as a table under its title: its header row and its
 * rows, every figure the string the sheet shows with its number format), optionally
 * 分乡镇主要经济指标 (the 分乡镇 sheet cut into tables of two townships, each under a
 * （一）… heading naming them), and 图表 (one captioned figure per chart title). Sections
 * without content are left out and the rest numbered in order.
 *
 * @example
 * const model = buildReportModel(result, { chartTitles: ['各乡镇工业总产值'] });
 * model.title // "全县上半年主要经济指标完成情况"
 * model.blocks[0] // { kind: 'heading', level: 1, text: '一、总体情况' }
 */
export function buildReportModel(source: ReportSource, options: ReportOptions = {}): ReportModel {
  const { area, period } = source.words;
  const sections: { title: string; blocks: ReportBlock[] }[] = [];
  const paragraphs = source.paragraphs.map((p): ReportBlock => ({
    kind: 'paragraph',
    text: p.text,
  }));
  if (paragraphs.length > 0) {
    sections.push({ title: formatMessage('report.section.narrative'), blocks: paragraphs });
  }
  const summary = source.sheets.find((sheet) => sheet.kind === 'summary');
  if (summary !== undefined && summary.rows.length > 2) {
    const table = sheetTable(summary, 1, columnRange(0, summary.rows[1]?.length ?? 0));
    const caption = String(summary.rows[0]?.[0] ?? '');
    sections.push({
      title: formatMessage('report.section.summary'),
      blocks: [{ kind: 'table', table: { ...table, caption } }],
    });
  }
  const byTownship = source.sheets.find((sheet) => sheet.kind === 'by-township');
  if (options.byTownship === true && byTownship !== undefined && byTownship.rows.length > 2) {
    const blocks = byTownshipBlocks(byTownship);
    if (blocks.length > 0) {
      sections.push({ title: formatMessage('report.section.by-township'), blocks });
    }
  }
  const charts = (options.chartTitles ?? []).map((title, index): ReportBlock => ({
    kind: 'figure',
    index,
    caption: formatMessage('report.figure-caption', { number: index + 1, title }),
  }));
  if (charts.length > 0)
    sections.push({ title: formatMessage('report.section.charts'), blocks: charts });

  const blocks: ReportBlock[] = [];
  sections.forEach((section, i) => {
    const text = formatMessage('report.section', {
      number: chineseNumeral(i + 1),
      title: section.title,
    });
    blocks.push({ kind: 'heading', level: 1, text }, ...section.blocks);
  });
  return {
    title: formatMessage('report.title', { area, period }),
    fileName: formatMessage('report.file-name', { area, period }),
    blocks,
  };
}

/** The 分乡镇 sheet cut into tables of `TOWNSHIPS_PER_TABLE` townships, each under a heading. */
function byTownshipBlocks(sheet: OutputSheet): ReportBlock[] {
  const top = sheet.rows[0] ?? [];
  const blocks: ReportBlock[] = [];
  const townshipCount = Math.floor((top.length - 2) / PER_TOWNSHIP);
  for (let first = 0, part = 1; first < townshipCount; first += TOWNSHIPS_PER_TABLE, part++) {
    const last = Math.min(townshipCount, first + TOWNSHIPS_PER_TABLE);
    const columns = [0, 1, ...columnRange(2 + PER_TOWNSHIP * first, 2 + PER_TOWNSHIP * last)];
    const names = columns
      .slice(2)
      .map((c) => top[c])
      .filter((name) => typeof name === 'string');
    const title = names.join(formatMessage('report.townships-joiner'));
    blocks.push(
      {
        kind: 'heading',
        level: 2,
        text: formatMessage('report.subsection', { number: chineseNumeral(part), title }),
      },
      { kind: 'table', table: { ...sheetTable(sheet, 2, columns), caption: null } },
    );
  }
  return blocks;
}

/**
 * The sheet's header rows (after the 汇总 sheet's title row) and body rows, keeping only
 * `columns`, each cell the text the sheet shows; header cells merged in the sheet are
 * merged here (a cell under a merge is left out).
 */
function sheetTable(sheet: OutputSheet, headerRows: number, columns: readonly number[]) {
  const firstHeader = sheet.kind === 'summary' ? 1 : 0;
  const text = (r: number, c: number) =>
    cellText(sheet.rows[r]?.[c] ?? null, sheet.numberFormats[r]?.[c] ?? null);
  const header: ReportHeaderCell[][] = [];
  for (let r = firstHeader; r < firstHeader + headerRows; r++) {
    const row: ReportHeaderCell[] = [];
    columns.forEach((c, i) => {
      const covered = sheet.merges.some(
        (m) => m.row <= r && r < m.row + m.rowSpan && m.col <= c && c < m.col + m.colSpan,
      );
      const merge = sheet.merges.find((m) => m.row === r && m.col === c);
      if (merge !== undefined) {
        const colSpan = columns.slice(i).filter((k) => k < c + merge.colSpan).length;
        const rowSpan = Math.min(merge.rowSpan, firstHeader + headerRows - r);
        row.push({ text: text(r, c), colSpan, rowSpan });
      } else if (!covered) {
        row.push({ text: text(r, c), colSpan: 1, rowSpan: 1 });
      }
    });
    header.push(row);
  }
  const body: string[][] = [];
  for (let r = firstHeader + headerRows; r < sheet.rows.length; r++) {
    body.push(columns.map((c) => text(r, c)));
  }
  const align = columns.map((_c, i): ReportAlign =>
    i === 0 ? 'left' : i === 1 ? 'center' : 'right',
  );
  return { header, body, align, widths: tableWidths(header, body) };
}

function columnRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_v, i) => from + i);
}

/**
 * The sheets the report's tables are made from (汇总, 分乡镇): what a host keeps after a
 * run so the Word report can be made later, in the browser.
 *
 * @example reportSheets(result.sheets).map((s) => s.kind) // ["summary", "by-township"]
 */
export function reportSheets(sheets: readonly OutputSheet[]): OutputSheet[] {
  return sheets.filter((sheet) => sheet.kind === 'summary' || sheet.kind === 'by-township');
}
