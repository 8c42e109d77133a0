import { formatMessage } from '../../diagnostics/format';
import type { MessageCode } from '../../diagnostics/messages.zh-CN';
import { toA1 } from '../../grid/address';
import type { IndicatorRow, StatTable, ValueColumn } from '../../model/table';
import type { FindingLocation } from '../finding';

const COLUMN_TEXT: Record<ValueColumn, MessageCode> = {
  current: 'output.col.current',
  previous: 'output.col.previous',
  growth: 'output.col.growth',
  target: 'output.col.target',
  completion: 'output.col.completion',
};

/**
 * The column's name as the sheet wrote it (its header text), else the standard one.
 *
 * @example
 * columnName(table, 'previous') // "上年同期"
 */
export function columnName(table: StatTable | null, column: ValueColumn): string {
  return table?.layout.headerText[column] ?? formatMessage(COLUMN_TEXT[column]);
}

/**
 * Where a finding about a row's value column is: the value cell, else the label cell.
 *
 * @example
 * locate(table, row, 'current') // { sheet: '东城镇', cell: 'C3', indicator: '工业总产值' }
 */
export function locate(
  table: StatTable,
  row: IndicatorRow,
  column: ValueColumn | 'label' | 'unit',
): FindingLocation {
  let cell = row.labelCell;
  if (column === 'unit') {
    if (table.layout.unit !== null) cell = toA1(row.row, table.layout.unit);
  } else if (column !== 'label') {
    cell = row.cells[column] ?? row.labelCell;
  }
  return {
    ...(table.file !== undefined ? { file: table.file } : {}),
    sheet: table.sheet,
    cell,
    indicator: row.name,
  };
}

/**
 * A finding about a whole sheet (an indicator it lacks): the header cell of its indicator
 * column.
 *
 * @example
 * locateSheet(table, '工商税收') // { sheet: '西城镇', cell: 'A1', indicator: '工商税收' }
 */
export function locateSheet(table: StatTable, indicator: string): FindingLocation {
  return {
    ...(table.file !== undefined ? { file: table.file } : {}),
    sheet: table.sheet,
    cell: toA1(table.layout.headerRow, table.layout.indicator),
    indicator,
  };
}

/** The unit symbol to show after a value ('' when unknown). */
export function unitSuffix(row: Pick<IndicatorRow, 'unit' | 'unitText'>): string {
  return row.unit?.symbol ?? row.unitText ?? '';
}
