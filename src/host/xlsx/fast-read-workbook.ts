import type { SheetGrid, WorkbookGrids } from '../../core/grid';
import {
  checkPartNames,
  partText,
  readCellStyles,
  readDescription,
  readSharedStrings,
  readSheetEntries,
} from './fast/package-parts';
import { scanSheet } from './fast/sheet-scan';
import { check, Declined } from './fast/xml-scan';
import { readMarkerText } from './result-marker';
import { openWithJszip, type ArchiveOpener } from './archive';

/**
 * Reads an .xlsx package straight from its XML (workbook, shared strings, styles, each
 * worksheet's cells; a hand-written scan, no DOM), giving exactly the grids of exceljs's
 * reader (`readWorkbook`), several times faster and without holding the whole workbook:
 * each sheet's XML is dropped once its grid is built. Returns null for any package it does
 * not read exactly as exceljs would (odd part names, strict OOXML, dates, hyperlinks, rich
 * inline text…) and for unreadable ones: the caller then reads it with exceljs, whose
 * errors are the ones the user sees. Browser-safe.
 *
 * @param open how the package is unzipped: JSZip by default, Node's zlib on the command
 *   line (`openWithNodeZlib`).
 * @example
 * (await fastReadWorkbook(bytes, '东城镇.xlsx')) ?? (await readWorkbookWithExceljs(bytes, '东城镇.xlsx'))
 */
export async function fastReadWorkbook(
  bytes: Uint8Array,
  fileName: string,
  open: ArchiveOpener = openWithJszip,
): Promise<WorkbookGrids | null> {
  const read = await fastReadOrReason(bytes, fileName, open);
  return typeof read === 'string' ? null : read;
}

/**
 * `fastReadWorkbook`, or why it declined (for tests and measurements).
 *
 * @example
 * await fastReadOrReason(bytesWithDates, '甲镇.xlsx') // "date"
 */
export async function fastReadOrReason(
  bytes: Uint8Array,
  fileName: string,
  open: ArchiveOpener = openWithJszip,
): Promise<WorkbookGrids | string> {
  try {
    const zip = await open(bytes);
    checkPartNames(zip);
    const entries = await readSheetEntries(zip);
    const context = {
      sharedStrings: await readSharedStrings(zip),
      styles: await readCellStyles(zip),
      file: fileName,
    };
    const result = readMarkerText(await readDescription(zip));
    const sheets: SheetGrid[] = [];
    for (const entry of entries) {
      const xml = await partText(zip, entry.part);
      check(xml !== null, 'missing sheet');
      sheets.push(scanSheet(xml, entry.name, entry.state, context));
    }
    return { file: fileName, sheets, ...(result !== null ? { result } : {}) };
  } catch (error) {
    // Declined, or a package the opener cannot open: exceljs decides (and says why it fails).
    return error instanceof Declined ? error.message : `unreadable: ${String(error)}`;
  }
}
