/**
 * An output sheet as plain data: hosts (exceljs, office-js) write it as it is. Text cells
 * are data: hosts must write them as text, never as formulas.
 */
export type OutputCell = string | number | null;

export type OutputSheetKind =
  'summary' | 'by-township' | 'audit' | 'narrative' | 'draft-check' | 'charts';

export interface OutputMerge {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** A link from a cell of this sheet to a cell of a source sheet (审核 → the faulty cell). */
export interface OutputLink {
  readonly row: number;
  readonly col: number;
  readonly sheet: string;
  readonly cell: string;
}

export interface OutputSheet {
  readonly kind: OutputSheetKind;
  /** Wanted name (汇总…); a host adds a suffix when a user's sheet already has it. */
  readonly name: string;
  /** Row-major cells from A1. */
  readonly rows: readonly (readonly OutputCell[])[];
  /** Excel number format per cell, same shape as `rows`; null = General. */
  readonly numberFormats: readonly (readonly (string | null)[])[];
  /** Column widths in characters (Excel's unit). */
  readonly columnWidths: readonly number[];
  /** Rows (0-based) to show in bold: title and header rows. */
  readonly boldRows: readonly number[];
  /** Rows above this are frozen (0 = none). */
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly merges: readonly OutputMerge[];
  /** Columns (0-based) whose text wraps. */
  readonly wrapColumns: readonly number[];
  readonly links: readonly OutputLink[];
  /** Native charts drawn over blocks of this sheet's cells (the 图表 sheet, in Excel). */
  readonly charts?: readonly OutputChart[];
}

/**
 * A native column chart over a block of the sheet: the block's first row is the header
 * (series names), its first column the categories (townships). 0-based cells.
 */
export interface OutputChart {
  readonly title: string;
  /** The data block, header row included: categories and the values' column. */
  readonly data: OutputMerge;
  /** A column beside the values holding the reference line's value on every row, or null. */
  readonly referenceColumn: number | null;
  /** The value axis' title ("万元", "%"). */
  readonly axisTitle: string;
  /** Where the chart is drawn, in cells. */
  readonly place: OutputMerge;
}
