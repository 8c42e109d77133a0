/** Temp-dir helpers for host and CLI tests: real .xlsx files written with exceljs. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook, type Worksheet } from 'exceljs';
import JSZip from 'jszip';

export function makeTempDir(prefix = 'park-stats-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export type SheetSpec = readonly (readonly (string | number | null)[])[];

/**
 * Writes a workbook whose sheets hold the given rows (from A1).
 *
 * @example await writeXlsx(path, { 东城镇: [['指标名称', '本期'], ['工业总产值', 100]] })
 */
export async function writeXlsx(
  path: string,
  sheets: Readonly<Record<string, SheetSpec>>,
): Promise<void> {
  const workbook = new Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
      });
    });
  }
  await workbook.xlsx.writeFile(path);
}

/** A township's standard statistics sheet. */
export function townshipRows(
  unitName: string,
  figures: { output: [number, number]; sales: [number, number]; firms: number },
): SheetSpec {
  return [
    [`${unitName}园区主要经济指标完成情况（2025年1-6月）`],
    ['指标名称', '计量单位', '本期', '上年同期', '同比增长(%)'],
    ['一、工业总产值', '万元', figures.output[0], figures.output[1], null],
    ['二、销售收入', '万元', figures.sales[0], figures.sales[1], null],
    ['入园企业数', '家', figures.firms, null, null],
  ];
}

/**
 * Rewrites one part of an .xlsx package (hand-made variants of an exceljs-written file:
 * `<v>NaN</v>`, cells without `r`, a missing sharedStrings part…). `edit` returns the new
 * text, or null to remove the part.
 *
 * @example
 * await patchXlsxPart(bytes, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('<v>1</v>', '<v>NaN</v>'))
 */
export async function patchXlsxPart(
  bytes: Uint8Array,
  part: string,
  edit: (text: string) => string | null,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  const text = file === null ? '' : await file.async('string');
  const next = edit(text);
  if (next === null) zip.remove(part);
  else zip.file(part, next);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * A workbook's .xlsx bytes, written with exceljs; `setup` fills it.
 *
 * @example const bytes = await xlsxBytes((wb) => wb.addWorksheet('甲镇').getCell('A1').value = 'x')
 */
export async function xlsxBytes(setup: (workbook: Workbook) => void): Promise<Uint8Array> {
  const workbook = new Workbook();
  setup(workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * Adds the rows (from A1) to a worksheet.
 *
 * @example fillSheet(workbook.addWorksheet('甲镇'), townshipRows('甲镇', …))
 */
export function fillSheet(sheet: Worksheet, rows: SheetSpec): Worksheet {
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
    });
  });
  return sheet;
}
