/**
 * An output sheet as plain data: hosts (exceljs, office-js) write it as it is. Text cells
 * are data: hosts must write them as text, never as formulas.
 */
export type OutputCell = string | number | null;

export type OutputSheetKind = 'summary' | 'by-township' | 'audit' | 'narrative' | 'draft-check';

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
}
