import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { CellFault, CellValue, SheetGrid, WorkbookGrids } from '../../core/grid';
import { isPercentFormat } from '../../core/grid/number-format';
import { cellFault, toCellValue } from './cell-value';
import { addPackageCellReferences } from './cell-references';
import { fastReadWorkbook } from './fast-read-workbook';
import { readMarkerText } from './result-marker';
import type { ArchiveOpener } from './archive';

/**
 * Reads an .xlsx workbook (its bytes) into grids, one per worksheet in tab order, hidden
 * sheets included. Rows and cells written without their optional `r` attribute are read
 * by position (`addPackageCellReferences`). `result` is set for our own result workbooks
 * (their marker, `result-marker.ts`). Most packages are read straight from their XML
 * (`fastReadWorkbook`, the same grids); the rest with exceljs's normal reader (the streaming
 * reader drops sheets on Node 20). Works in the browser too: no Node imports here.
 *
 * Merged cells keep their value in the master cell only; `indents` lists non-zero
 * alignment indents; `percentCells` lists numeric cells whose format shows "%";
 * `cellFaults` lists formulas without a cached result and non-finite numbers (their value
 * is null); `hidden` is set for hidden and very hidden sheets (the parser decides).
 * Rejects (throws) when the bytes are not a readable .xlsx file. `open`: how the fast
 * reader unzips (JSZip by default; Node's zlib on the command line).
 *
 * @example
 * const grids = await readWorkbook(bytes, '东城镇.xlsx');
 * grids.sheets[0]?.rows[2] // ["一、工业总产值", "万元", 185000, 176000, 5.1, 400000, 46.3]
 */
export async function readWorkbook(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
  open?: ArchiveOpener,
): Promise<WorkbookGrids> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return (
    (await fastReadWorkbook(bytes, fileName, open)) ?? readWorkbookWithExceljs(bytes, fileName)
  );
}

/**
 * `readWorkbook` with exceljs alone (the reader `fastReadWorkbook` must equal, and its
 * fallback).
 *
 * @example
 * const grids = await readWorkbookWithExceljs(bytes, '东城镇.xlsx');
 */
export async function readWorkbookWithExceljs(
  bytes: Uint8Array,
  fileName: string,
): Promise<WorkbookGrids> {
  let workbook: Workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch (error) {
    // exceljs fails on rows and cells without their optional `r` attribute: add them by
    // position and try again. Packages that load need no patching (no second unzip).
    const patched = await addPackageCellReferences(bytes).catch(() => null);
    if (patched === null) throw error;
    workbook = await loadWorkbook(patched);
  }
  const sheets: SheetGrid[] = [];
  workbook.eachSheet((worksheet) => {
    sheets.push(readSheet(worksheet, fileName));
  });
  const result = readMarkerText(workbook.description);
  return { file: fileName, sheets, ...(result !== null ? { result } : {}) };
}

async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  // Loaded on first use: most packages are read by `fastReadWorkbook`, and exceljs alone
  // took a fifth of a small county's whole command-line run to load.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  // exceljs's typings ask for a Node Buffer; at run time any ArrayBuffer view is accepted.
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/**
 * A cell's value as exceljs gives it, with a formula's cached result put back when exceljs
 * dropped it: `cell.value` keeps a formula's result only when it is truthy, so a formula
 * whose result is 0 (=C3-D3 of a township that did not change), FALSE or "" would read as
 * never calculated; the cell's model keeps it.
 */
function cellValueOf(cell: Cell): unknown {
  const value: unknown = cell.value;
  if (value === null || typeof value !== 'object') return value;
  if (!('formula' in value || 'sharedFormula' in value)) return value;
  const result = (cell.model as { result?: unknown }).result;
  return result === undefined || 'result' in value ? value : { ...value, result };
}

function readSheet(worksheet: Worksheet, fileName: string): SheetGrid {
  const rows: CellValue[][] = [];
  const indents: Record<string, number> = {};
  const percentCells: Record<string, true> = {};
  const cellFaults: Record<string, CellFault> = {};
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (isMergedAway(cell)) return;
      const raw = cellValueOf(cell);
      const value = toCellValue(raw);
      if (value === null) {
        const fault = cellFault(raw);
        if (fault === null) return;
        cellFaults[cell.address] = fault;
        // The row reaches the faulty cell, so it is never dropped as a trailing empty row.
        while (cells.length < colNumber) cells.push(null);
        return;
      }
      while (cells.length < colNumber - 1) cells.push(null);
      cells[colNumber - 1] = value;
      const indent = cell.alignment?.indent;
      if (typeof indent === 'number' && indent !== 0) indents[cell.address] = indent;
      if (typeof value === 'number' && isPercentFormat(cell.numFmt)) {
        percentCells[cell.address] = true;
      }
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });
  // Trailing empty rows add nothing.
  while (rows.length > 0 && (rows[rows.length - 1]?.length ?? 0) === 0) rows.pop();
  return {
    name: worksheet.name,
    rows,
    ...(Object.keys(indents).length > 0 ? { indents } : {}),
    ...(Object.keys(percentCells).length > 0 ? { percentCells } : {}),
    ...(Object.keys(cellFaults).length > 0 ? { cellFaults } : {}),
    ...(worksheet.state === 'hidden' || worksheet.state === 'veryHidden'
      ? { hidden: worksheet.state }
      : {}),
    file: fileName,
  };
}

function isMergedAway(cell: Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

/**
 * Whether bytes start like a zip archive (an .xlsx is one): "PK". A quick check before
 * handing them to exceljs, so a renamed .xls or a text file is called "not an .xlsx"; a
 * file that starts like a zip but does not open is "corrupt".
 *
 * @example
 * looksLikeZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) // true
 * looksLikeZip(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])) // false (an old .xls)
 */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}
