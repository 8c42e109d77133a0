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
  /**
   * Set when the sheet is hidden in its workbook ('hidden': the user can unhide it;
   * 'veryHidden': only code can). Old drafts live there: the parser skips such sheets
   * with a notice unless the user includes them.
   */
  readonly hidden?: 'hidden' | 'veryHidden';
  /**
   * Cells whose value the host could not give, by A1 address: their value in `rows` is
   * null, and the parser reports each one instead of reading a blank. Only faulty cells
   * are listed.
   */
  readonly cellFaults?: Readonly<Record<string, CellFault>>;
}

/**
 * Why a host could not give a cell's value: a formula saved without its cached result
 * (written by a program, never opened in Excel), or a number that is not finite (NaN,
 * INF or 1e400 in the file).
 */
export type CellFault = 'formula-no-result' | 'non-finite';

/**
 * What our own result workbook says about itself (a marker we write into its document
 * properties): the area and period words of the run, and the content hashes of the input
 * files it was made from, so that a later run can tell a result from a township's sheet.
 */
export interface ResultMarker {
  readonly area: string | null;
  readonly period: string | null;
  /** Content hashes (hex SHA-256) of the files the result was made from. */
  readonly sources: readonly string[];
}

/** A workbook as a list of grids, in tab order. */
export interface WorkbookGrids {
  /** The file's base name ("东城镇.xlsx"), when read from a file. */
  readonly file?: string;
  readonly sheets: readonly SheetGrid[];
  /** Set when the workbook is one of our own results (see `ResultMarker`). */
  readonly result?: ResultMarker;
}
