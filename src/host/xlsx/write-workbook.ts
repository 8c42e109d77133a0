import { Workbook, type Style, type Worksheet } from 'exceljs';
import { columnLetters } from '../../core/grid';
import type { OutputSheet } from '../../core/output';
import { uniqueSheetName } from '../../core/grid/sheet-name';
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
   * notes above them (who is left out of a chart, which chart is missing).
   */
  readonly charts?: ChartSheet;
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
  const taken = [...existingNames];
  const renamed = new Map<string, string>(existingNames.map((name) => [name, name]));
  const names = sheets.map((sheet) => {
    const name = uniqueSheetName(sheet.name, taken);
    taken.push(name);
    if (!renamed.has(sheet.name)) renamed.set(sheet.name, name);
    return name;
  });
  sheets.forEach((sheet, i) => {
    const worksheet = workbook.addWorksheet(names[i] ?? sheet.name);
    writeSheet(worksheet, sheet, (target) => renamed.get(target) ?? null);
  });
  if (options.charts !== undefined && options.charts.images.length > 0) {
    const name = uniqueSheetName(formatMessage('sheet.charts'), taken);
    writeChartSheet(workbook, workbook.addWorksheet(name), options.charts);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function writeSheet(
  worksheet: Worksheet,
  sheet: OutputSheet,
  sheetName: (wanted: string) => string | null,
): void {
  const bold = new Set(sheet.boldRows);
  const wrap = new Set(sheet.wrapColumns);
  sheet.columnWidths.forEach((width, col) => {
    worksheet.getColumn(col + 1).width = width;
  });
  // One style object per combination, shared by its cells: exceljs then serialises each
  // style once (it remembers style objects it has seen), not once per cell.
  const styles = new Map<string, Partial<Style>>();
  const styleOf = (format: string | null, isBold: boolean, isWrapped: boolean) => {
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
  sheet.rows.forEach((cells, r) => {
    const isBold = bold.has(r);
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
  });
  // A linked cell gets a style object of its own before merging, as every cell had before
  // styles were shared: the link's font then changes it (and its merged cells) only.
  for (const link of sheet.links) {
    if (sheetName(link.sheet) === null) continue;
    const cell = worksheet.getCell(link.row + 1, link.col + 1);
    cell.style = { ...cell.style };
  }
  for (const merge of sheet.merges) {
    if (merge.rowSpan <= 1 && merge.colSpan <= 1) continue;
    worksheet.mergeCells(
      merge.row + 1,
      merge.col + 1,
      merge.row + merge.rowSpan,
      merge.col + merge.colSpan,
    );
  }
  for (const link of sheet.links) {
    // A link to a sheet the workbook does not hold (a source sheet, when the CLI writes a
    // fresh workbook) would only show "reference isn't valid": the text stays unlinked.
    const target = sheetName(link.sheet);
    if (target === null) continue;
    const cell = worksheet.getCell(link.row + 1, link.col + 1);
    const text = cell.value === null || cell.value === undefined ? link.cell : String(cell.value);
    cell.value = { text, hyperlink: internalTarget(target, link.cell) };
    cell.font = { ...(cell.font ?? {}), color: { argb: 'FF0563C1' }, underline: true };
  }
  if (sheet.frozenRows > 0 || sheet.frozenColumns > 0) {
    worksheet.views = [
      {
        state: 'frozen',
        xSplit: sheet.frozenColumns,
        ySplit: sheet.frozenRows,
        topLeftCell: `${columnLetters(sheet.frozenColumns)}${sheet.frozenRows + 1}`,
      },
    ];
  }
}

/** Excel's default row height in pixels (15 points). */
const ROW_PX = 20;

function writeChartSheet(workbook: Workbook, worksheet: Worksheet, charts: ChartSheet): void {
  charts.notes.forEach((note, r) => {
    const cell = worksheet.getCell(r + 1, 1);
    cell.value = note;
    if (isFormulaLike(note)) cell.numFmt = TEXT_FORMAT;
  });
  let row = charts.notes.length + (charts.notes.length > 0 ? 1 : 0);
  for (const image of charts.images) {
    // exceljs types its buffer as an ArrayBuffer; it needs a Node Buffer.
    const buffer = Buffer.from(image.png) as unknown as ArrayBuffer;
    const id = workbook.addImage({ buffer, extension: 'png' });
    const width = Math.round(image.widthPx / charts.scale);
    const height = Math.round(image.heightPx / charts.scale);
    worksheet.addImage(id, { tl: { col: 0, row }, ext: { width, height }, editAs: 'oneCell' });
    row += Math.ceil(height / ROW_PX) + 1;
  }
}

/** `#'Sheet name'!C5`, apostrophes in the name doubled as Excel requires. */
function internalTarget(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell.replace(/\$/g, '')}`;
}
