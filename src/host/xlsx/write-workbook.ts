import { Workbook, type Style, type Worksheet, type WorksheetView } from 'exceljs';
import { columnLetters } from '../../core/grid';
import type { OutputLink, OutputMerge, OutputSheet } from '../../core/output';
import { uniqueSheetName } from '../../core/grid/sheet-name';
import { outputSheetNames } from './output-sheet-names';
import { chartPlacements } from './chart-placement';
import type { ResultMarker } from '../../core/grid';
import { isFormulaLike } from '../../core/grid/formula-like';
import type { ChartImage } from '../../core/charts';
import { formatMessage } from '../../core/diagnostics/format';
import { markerText } from './result-marker';

/** Excel's Text number format. */
const TEXT_FORMAT = '@';

/** What `writeWorkbook` writes besides the sheets. */
export interface WriteOptions {
  /**
   * Marks the workbook as one of our results (in its document properties), so that a later
   * run that meets it among its inputs knows it for what it is (`WorkbookGrids.result`).
   */
  readonly marker?: ResultMarker;
  /**
   * Chart pictures for a 图表 sheet after the others (exceljs writes no native charts), with
   * notes above them (who is left out of a chart, which chart is missing). The command
   * line's writer (`writeWorkbookFile`) also takes them to come: it writes the other sheets
   * while they are drawn.
   */
  readonly charts?: ChartSheet | Promise<ChartSheet>;
}

/** The pictures and notes of the 图表 sheet. */
export interface ChartSheet {
  readonly images: readonly ChartImage[];
  readonly notes: readonly string[];
  /** Pixels of the pictures per pixel shown in the sheet (2: drawn at twice the size). */
  readonly scale: number;
}

/**
 * Writes output sheets into a NEW workbook (never a source one) and returns its .xlsx
 * bytes. Every sheet is written exactly as given: values (text always as plain string
 * cells, never formulas, even "=1+1"; text starting with = + - @ also gets the Text format
 * "@", so that editing the cell in Excel keeps it text), number formats, column widths, bold rows, frozen
 * panes, merges, wrapped columns and internal links (`#'Sheet'!C5`). Sheet names are made
 * valid for Excel and unique (a clash gets a suffix); links follow the renamed sheets.
 * Links to a sheet that is neither written here nor in `existingNames` are left out.
 *
 * @param existingNames names already used in the target workbook (a host writing next to
 *   a user's sheets); the output names avoid them.
 * @param options `marker`: written into the document properties (`result-marker.ts`).
 * @example
 * const bytes = await writeWorkbook([buildSummarySheet(consolidation, words)]);
 */

export async function writeWorkbook(
  sheets: readonly OutputSheet[],
  existingNames: readonly string[] = [],
  options: WriteOptions = {},
): Promise<Uint8Array> {
  const workbook = new Workbook();
  if (options.marker !== undefined) workbook.description = markerText(options.marker);
  const { names, sheetName } = outputSheetNames(sheets, existingNames);
  sheets.forEach((sheet, i) => {
    const worksheet = workbook.addWorksheet(names[i] ?? sheet.name, { views: sheetViews(sheet) });
    writeSheet(worksheet, sheet, sheetName);
  });
  const charts = await options.charts;
  if (charts !== undefined && charts.images.length > 0) {
    const name = uniqueSheetName(formatMessage('sheet.charts'), [...existingNames, ...names]);
    writeChartSheet(workbook, workbook.addWorksheet(name), charts);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The frozen panes of a sheet as exceljs views (given when the worksheet is added). */
export function sheetViews(sheet: OutputSheet): Array<Partial<WorksheetView>> {
  if (sheet.frozenRows === 0 && sheet.frozenColumns === 0) return [];
  return [
    {
      state: 'frozen',
      xSplit: sheet.frozenColumns,
      ySplit: sheet.frozenRows,
      topLeftCell: `${columnLetters(sheet.frozenColumns)}${sheet.frozenRows + 1}`,
    },
  ];
}

/** What `writeSheet` needs of a worksheet: exceljs's normal one and its streaming one. */
export type SheetTarget = Pick<Worksheet, 'getColumn' | 'getCell' | 'mergeCells'>;

/**
 * Writes one output sheet row by row: values and styles, then the row's links get a style
 * object of their own, merges once their last row is written, and links their text and
 * font. `commitRow` (0-based) is called for each row once nothing more will touch it, in
 * order, so a streaming writer can flush it: a row is done when every merge that covers
 * it has been made.
 */
export function writeSheet(
  worksheet: SheetTarget,
  sheet: OutputSheet,
  sheetName: (wanted: string) => string | null,
  commitRow: (row: number) => void = () => undefined,
): void {
  const bold = new Set(sheet.boldRows);
  const wrap = new Set(sheet.wrapColumns);
  sheet.columnWidths.forEach((width, col) => {
    worksheet.getColumn(col + 1).width = width;
  });
  const styleOf = sharedStyles();
  const links = sheet.links.filter((link) => sheetName(link.sheet) !== null);
  const merges = sheet.merges.filter((merge) => merge.rowSpan > 1 || merge.colSpan > 1);
  const linksByRow = groupBy(links, (link) => link.row);
  const mergesByBottom = groupBy(merges, (merge) => merge.row + merge.rowSpan - 1);
  const byTop = [...merges].sort((a, b) => a.row - b.row);
  let nextTop = 0;
  /** Merges that cover the current row and are not made yet (their last row is below). */
  const open = new Set<OutputMerge>();
  const lastRow = Math.max(
    sheet.rows.length - 1,
    ...links.map((link) => link.row),
    ...merges.map((merge) => merge.row + merge.rowSpan - 1),
  );
  let committed = 0;
  for (let r = 0; r <= lastRow; r++) {
    for (; nextTop < byTop.length && (byTop[nextTop] as OutputMerge).row <= r; nextTop++) {
      open.add(byTop[nextTop] as OutputMerge);
    }
    writeRowCells(worksheet, sheet, r, bold.has(r), wrap, styleOf);
    // A linked cell gets a style object of its own before merging, as every cell had
    // before styles were shared: the link's font then changes it (and its merged cells) only.
    for (const link of linksByRow.get(r) ?? []) {
      const cell = worksheet.getCell(link.row + 1, link.col + 1);
      cell.style = { ...cell.style };
    }
    for (const merge of mergesByBottom.get(r) ?? []) {
      worksheet.mergeCells(
        merge.row + 1,
        merge.col + 1,
        merge.row + merge.rowSpan,
        merge.col + merge.colSpan,
      );
      open.delete(merge);
    }
    let limit = r + 1;
    for (const merge of open) limit = Math.min(limit, merge.row);
    for (; committed < limit; committed++) {
      for (const link of linksByRow.get(committed) ?? []) writeLink(worksheet, link, sheetName);
      commitRow(committed);
    }
  }
}

/** Values and styles of one row's cells (0-based row). */
function writeRowCells(
  worksheet: SheetTarget,
  sheet: OutputSheet,
  r: number,
  isBold: boolean,
  wrap: ReadonlySet<number>,
  styleOf: StyleOf,
): void {
  const cells = sheet.rows[r];
  if (cells === undefined) return;
  const formats = sheet.numberFormats[r];
  cells.forEach((value, c) => {
    // exceljs 4.4 has no quotePrefix style: the Text format keeps "=SUM(A1)" and
    // "+86 电话" text when a user edits the cell.
    const format =
      typeof value === 'string' && isFormulaLike(value) ? TEXT_FORMAT : (formats?.[c] ?? null);
    if (value === null && format === null && !isBold) return;
    const cell = worksheet.getCell(r + 1, c + 1);
    // A string is always stored as a string cell: exceljs only makes formulas from
    // { formula } objects, so "=1+1" stays text.
    if (value !== null) cell.value = value;
    const isWrapped = wrap.has(c);
    if (format !== null || isBold || isWrapped) cell.style = styleOf(format, isBold, isWrapped);
  });
}

type StyleOf = (format: string | null, isBold: boolean, isWrapped: boolean) => Partial<Style>;

/**
 * One style object per combination, shared by its cells: exceljs then serialises each
 * style once (it remembers style objects it has seen), not once per cell.
 */
function sharedStyles(): StyleOf {
  const styles = new Map<string, Partial<Style>>();
  return (format, isBold, isWrapped) => {
    const key = `${isBold ? 'b' : ''}${isWrapped ? 'w' : ''}|${format ?? ''}`;
    let style = styles.get(key);
    if (style === undefined) {
      style = {
        ...(format !== null ? { numFmt: format } : {}),
        ...(isBold ? { font: { bold: true } } : {}),
        ...(isWrapped ? { alignment: { wrapText: true, vertical: 'top' } } : {}),
      };
      styles.set(key, style);
    }
    return style;
  };
}

/**
 * A link's text and font. A link to a sheet the workbook does not hold (a source sheet,
 * when the CLI writes a fresh workbook) would only show "reference isn't valid": such
 * links are filtered out before.
 */
function writeLink(
  worksheet: SheetTarget,
  link: OutputLink,
  sheetName: (wanted: string) => string | null,
): void {
  const target = sheetName(link.sheet);
  if (target === null) return;
  const cell = worksheet.getCell(link.row + 1, link.col + 1);
  const text = cell.value === null || cell.value === undefined ? link.cell : String(cell.value);
  cell.value = { text, hyperlink: internalTarget(target, link.cell) };
  cell.font = { ...(cell.font ?? {}), color: { argb: 'FF0563C1' }, underline: true };
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

function writeChartSheet(workbook: Workbook, worksheet: Worksheet, charts: ChartSheet): void {
  charts.notes.forEach((note, r) => {
    const cell = worksheet.getCell(r + 1, 1);
    cell.value = note;
    if (isFormulaLike(note)) cell.numFmt = TEXT_FORMAT;
  });
  chartPlacements(charts).forEach((place, i) => {
    const image = charts.images[i];
    if (image === undefined) return;
    // exceljs types its buffer as an ArrayBuffer; it needs a Node Buffer.
    const buffer = Buffer.from(image.png) as unknown as ArrayBuffer;
    const id = workbook.addImage({ buffer, extension: 'png' });
    worksheet.addImage(id, {
      tl: { col: place.col, row: place.row },
      ext: { width: place.widthPx, height: place.heightPx },
      editAs: 'oneCell',
    });
  });
}

/** `#'Sheet name'!C5`, apostrophes in the name doubled as Excel requires. */
function internalTarget(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell.replace(/\$/g, '')}`;
}
