import type { Issue } from '../diagnostics/issue';
import type { Period } from './period';
import type { Unit } from './unit';

/** The value columns of the standard statistics sheet. */
export type ValueColumn = 'current' | 'previous' | 'growth' | 'target' | 'completion';

export const VALUE_COLUMNS: readonly ValueColumn[] = [
  'current',
  'previous',
  'growth',
  'target',
  'completion',
];

/** Where the header and each recognised column are (0-based indices into the grid). */
export interface ColumnLayout {
  /** The header's first row (0-based): the row that names the indicator column. */
  readonly headerRow: number;
  /**
   * How many rows the header takes: 2 when a second row names the columns under merged
   * group headers (本期 over 绝对数 | 增长%). The body starts after them.
   */
  readonly headerRows: number;
  readonly indicator: number;
  readonly unit: number | null;
  readonly notes: number | null;
  readonly values: Readonly<Partial<Record<ValueColumn, number>>>;
  /** The header text as written, per recognised column (for display and messages). */
  readonly headerText: Readonly<
    Partial<Record<ValueColumn | 'indicator' | 'unit' | 'notes', string>>
  >;
}

/**
 * A cell a figure came from: every number the product shows can be traced back to one or
 * more of these.
 */
export interface CellRef {
  readonly file?: string;
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
}

/**
 * Additive indicators (money, counts, people, areas…) are summed across townships.
 * Non-additive ones (rates, shares, averages, per-capita, % and ‰ units) never are.
 */
export type IndicatorNature = 'additive' | 'non-additive';

/** One indicator row of one sheet. */
export interface IndicatorRow {
  /**
   * Matching key across sheets: the normalised name (numbering, 其中, unit suffix, spaces
   * removed; traditional -> simplified; aliases applied), prefixed by the parent's key and
   * ">" for 其中 rows: "工业总产值>规模以上工业产值".
   */
  readonly key: string;
  /** Normalised name without numbering, 其中 or unit: "规模以上工业产值". */
  readonly name: string;
  /** The label as written, trimmed of outer spaces: "其中：规模以上工业产值", "一、工业总产值". */
  readonly label: string;
  /** The unit that applies to the row (column, label or sheet default), if known. */
  readonly unit: Unit | null;
  /** The unit as written, when one was written but not recognised. */
  readonly unitText: string | null;
  /** 0 for a main indicator, 1 for a 其中 item of it, 2 for an item of that… */
  readonly level: number;
  /** The key of the row this one is a 其中 item of. */
  readonly parentKey: string | null;
  readonly nature: IndicatorNature;
  /**
   * Numbers read from the value columns, in the row's own unit; growth and completion in
   * percent (5.1 means 5.1%). A column with no data (blank, dash, error, text) is absent.
   * Read it by column (`values.current`, `values[column]`): the parser's is a view of its
   * sheet's numbers with no own properties, so iterate or compare `plainValues(values)`.
   */
  readonly values: Readonly<Partial<Record<ValueColumn, number>>>;
  /**
   * A1 address of each value column's cell in this row, whether or not it holds data. Read
   * by column, like `values` (the parser's is made when read).
   */
  readonly cells: Readonly<Partial<Record<ValueColumn, string>>>;
  /** A1 address of the label cell. */
  readonly labelCell: string;
  /** 0-based grid row. */
  readonly row: number;
  /** Text of the notes column, when there is one. */
  readonly note: string | null;
}

/** Whether a sheet is a township's own data, or a reported total to check the sum against. */
export type TableRole = 'township' | 'total';

/** A standard statistics sheet, parsed. */
export interface StatTable {
  /** The township (or park) the sheet belongs to: the sheet name, or 填报单位, or file name. */
  readonly unitName: string;
  readonly sheet: string;
  readonly file?: string;
  readonly role: TableRole;
  /** The title row's text, if there is one. */
  readonly title: string | null;
  readonly period: Period | null;
  /** The sheet's "单位：万元" line, if any. */
  readonly defaultUnit: Unit | null;
  readonly layout: ColumnLayout;
  readonly rows: readonly IndicatorRow[];
}

/** What parsing one grid gives: a table, or null when the sheet is not a statistics sheet. */
export interface ParsedSheet {
  readonly table: StatTable | null;
  readonly issues: readonly Issue[];
}

/**
 * A row's values or cells as a plain record with only the columns that have one, in
 * VALUE_COLUMNS order: what to compare, spread or store.
 *
 * @example
 * plainValues(row.values) // { current: 120, previous: 100 }
 */
export function plainValues<T>(
  record: Readonly<Partial<Record<ValueColumn, T>>>,
): Partial<Record<ValueColumn, T>> {
  const plain: Partial<Record<ValueColumn, T>> = {};
  for (const column of VALUE_COLUMNS) {
    const value = record[column];
    if (value !== undefined) plain[column] = value;
  }
  return plain;
}
