/**
 * Raw cells as every host hands them to the engine: a plain value, nothing more.
 * Excel error values arrive as their text ("#DIV/0!"); dates as ISO text.
 */
export type CellValue = string | number | boolean | null;

/** One worksheet as a rectangular-ish block of raw cells, row-major, 0-based. */
export interface SheetGrid {
  /** The worksheet's name as the host shows it. */
  readonly name: string;
  /** Rows of cells from A1; rows may differ in length; merged-away cells are null. */
  readonly rows: readonly (readonly CellValue[])[];
  /**
   * Alignment indent levels by A1 address ("A7": 2), for hosts that can read them.
   * Only cells with a non-zero indent are listed.
   */
  readonly indents?: Readonly<Record<string, number>>;
  /**
   * Number formats that change what a number means, by A1 address: only formats with a
   * "%" (a cell showing 5.1% holds 0.051). Other formats are left out.
   */
  readonly percentCells?: Readonly<Record<string, true>>;
  /** The file the sheet came from (base name), when reading several workbooks. */
  readonly file?: string;
}

/** A workbook as a list of grids, in tab order. */
export interface WorkbookGrids {
  /** The file's base name ("东城镇.xlsx"), when read from a file. */
  readonly file?: string;
  readonly sheets: readonly SheetGrid[];
}
