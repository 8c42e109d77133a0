/**
 * A tiny declarative layer over exceljs for the example and fixture generators: a sheet is
 * a 2-D array of plain values plus merges, indents and number formats. Dev-only code.
 */
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** An Excel error value, written as an error cell (or as a formula's cached error result). */
export interface ErrorCell {
  readonly error: '#DIV/0!' | '#N/A' | '#VALUE!' | '#REF!';
  /** When set, the cell is a formula whose cached result is the error. */
  readonly formula?: string;
}

/** A formula with its cached result, as Excel saves it. */
export interface FormulaCell {
  readonly formula: string;
  readonly result: number;
}

export type SpecCell = string | number | null | ErrorCell | FormulaCell;

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly SpecCell[])[];
  /** Ranges to merge, "A1:H1". */
  readonly merges?: readonly string[];
  /** Alignment indent levels by A1 address. */
  readonly indents?: Readonly<Record<string, number>>;
  /** Number formats by A1 address ("0.0%", "#,##0"). */
  readonly numFmts?: Readonly<Record<string, string>>;
  /** Column widths in characters. */
  readonly widths?: readonly number[];
  /** 1-based rows to make bold (title, header). */
  readonly boldRows?: readonly number[];
}

/** Fixed document dates so regenerated files differ only where the data does. */
const FIXED_DATE = new Date(Date.UTC(2025, 6, 5, 8, 0, 0));

function toExcelValue(cell: SpecCell): ExcelJS.CellValue {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell;
  if ('error' in cell) {
    if (cell.formula !== undefined) {
      return { formula: cell.formula, result: { error: cell.error } } as ExcelJS.CellValue;
    }
    return { error: cell.error } as ExcelJS.CellValue;
  }
  return { formula: cell.formula, result: cell.result };
}

/** Builds an exceljs workbook from sheet specs. */
export function buildWorkbook(sheets: readonly SheetSpec[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '园区统计汇总 generator';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    spec.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell === null) return;
        ws.getCell(r + 1, c + 1).value = toExcelValue(cell);
      });
    });
    for (const range of spec.merges ?? []) ws.mergeCells(range);
    for (const [address, indent] of Object.entries(spec.indents ?? {})) {
      ws.getCell(address).alignment = { indent };
    }
    for (const [address, fmt] of Object.entries(spec.numFmts ?? {})) {
      ws.getCell(address).numFmt = fmt;
    }
    (spec.widths ?? []).forEach((width, i) => {
      ws.getColumn(i + 1).width = width;
    });
    for (const r of spec.boldRows ?? []) ws.getRow(r).font = { bold: true };
  }
  return wb;
}

/** Writes sheet specs to an .xlsx file, creating the folder. */
export async function writeSheets(path: string, sheets: readonly SheetSpec[]): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await buildWorkbook(sheets).xlsx.writeFile(path);
}

/** Writes sheet specs to an in-memory .xlsx buffer. */
export async function sheetsToBuffer(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const data = await buildWorkbook(sheets).xlsx.writeBuffer();
  return new Uint8Array(data as ArrayBuffer);
}

/** Mulberry32: a small seeded PRNG, so generated data is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rounds to `digits` decimals (half away from zero), as a clerk's ROUND() would. */
export function round(value: number, digits = 0): number {
  const f = 10 ** digits;
  const scaled = Math.abs(value) * f;
  const r = Math.round(scaled + 1e-9) / f;
  return value < 0 ? -r : r;
}
