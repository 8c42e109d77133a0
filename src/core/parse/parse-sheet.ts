import type { CellFault, CellValue, SheetGrid } from '../grid/cell';
import { columnLetters, fromA1 } from '../grid/address';
import { issue, type Issue, type IssueLevel, type IssueLocation } from '../diagnostics/issue';
import type { IndicatorRow, ParsedSheet, StatTable, TableRole, ValueColumn } from '../model/table';
import { VALUE_COLUMNS } from '../model/table';
import { COLUMN_SLOT, recordRowNumbers, SLOTS } from '../model/row-numbers';
import { clean, parseCellNumber, type CellNumber } from './cell-number';
import { figuresOfSkippedSheet } from './skipped-sheet';
import { findHeader } from './header';
import { numberBlock, scratchNumbers } from './number-blocks';
import {
  HAS_CONTENT,
  HAS_NUMBER,
  planRows,
  type PlannedDuplicate,
  type PlannedRow,
  type RowPlan,
} from './row-plan';
import { rowValues, sheetRowCells } from './row-views';
import { readSheetMeta, sheetPeriod } from './sheet-meta';
import { fileBaseName, isGenericSheetName, isTotalFileOf, isTotalSheetName } from './township-name';
import { convertMagnitude } from './unit-resolve';

/** Options of `parseSheet` and `parseWorkbooks`. */
export interface ParseOptions {
  /** Extra aliases: variant indicator name -> canonical name (both normalised by the same rules). */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Sheet names the user marks as reported totals, in addition to the default names. */
  readonly totalSheets?: readonly string[];
  /** Read hidden and very hidden sheets too (by default they are skipped with a notice). */
  readonly includeHidden?: boolean;
}

/** A parsed sheet plus what naming the township needs. */
export interface SheetParseDetail {
  /** The table with unitName = sheet name and role 'township' (decided by the caller). */
  readonly table: StatTable | null;
  readonly issues: readonly Issue[];
  /** The 填报单位 line's value, if any. */
  readonly reportingUnit: string | null;
}

const EMPTY_ROW: readonly CellValue[] = [];

/**
 * A recognised value column, its 0-based grid column and its slot in a row's numbers. An
 * object, not a tuple: destructuring a tuple runs the iterator protocol, which is slow in
 * the first sheets, before V8 optimises the loop.
 */
interface Column {
  readonly column: ValueColumn;
  readonly index: number;
  readonly slot: number;
}

/** A value cell the host could not give (`SheetGrid.cellFaults`). */
interface FaultReading {
  readonly kind: 'fault';
  readonly fault: CellFault;
}

/** What a value cell holds, when it is not a finite number stored as a number. */
type Reading = CellNumber | FaultReading;

/** One shared reading per fault: a sheet of formulas without results has many. */
const FAULT_READINGS: Readonly<Record<CellFault, FaultReading>> = {
  'formula-no-result': { kind: 'fault', fault: 'formula-no-result' },
  'non-finite': { kind: 'fault', fault: 'non-finite' },
};

const A1_ADDRESS = /^([A-Z]{1,3})([1-9]\d*)$/;

/** 0-based row and column of an A1 address ("C5" -> 4, 2), or null when it is not one. */
function cellPosition(address: string): { row: number; col: number } | null {
  return A1_ADDRESS.test(address) ? fromA1(address) : null;
}

/**
 * The value cells' readings of a sheet's body rows, flat (one per entry of `columns` per
 * row): a finite number cell (the common case) as a double in `numbers`, any other
 * cell as what `parseCellNumber` says in `others` (and NaN in `numbers`), or its fault. No
 * object or boxed number per cell.
 */
interface Readings {
  readonly numbers: Float64Array;
  readonly others: (Reading | undefined)[];
  /** Per body row: HAS_NUMBER | HAS_CONTENT. */
  readonly flags: number[];
}

/**
 * `Readings.others` and the rows' flags for every sheet: each is written before it is read
 * (pass 1 writes them, passes 2 and 3 read them), so one array of each serves them all
 * instead of one grown to the length of every sheet.
 */
const SCRATCH_OTHERS: (Reading | undefined)[] = [];
const SCRATCH_FLAGS: number[] = [];

function readCell(readings: Readings, at: number, value: CellValue | undefined): void {
  if (typeof value === 'number' && Number.isFinite(value)) {
    readings.numbers[at] = value;
    readings.others[at] = undefined;
  } else {
    readings.numbers[at] = NaN;
    readings.others[at] = parseCellNumber(value ?? null);
  }
}

/**
 * Whether a number stored in the cell (not written as text) is a fraction shown as a
 * percent: a "%" format in a growth or completion column, or in a percent row.
 */
function percentCell(
  grid: SheetGrid,
  address: string,
  column: ValueColumn,
  percentRow: boolean,
): boolean {
  return (
    grid.percentCells?.[address] === true &&
    (column === 'growth' || column === 'completion' || percentRow)
  );
}

function levelFor(column: ValueColumn): IssueLevel {
  return column === 'growth' || column === 'completion' ? 'verify' : 'error';
}

function notesText(value: CellValue | undefined): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/**
 * Pass 1 of a sheet: reads the value cells of every body row (row `b` of the body at
 * b × columns in `readings`) and flags what each row holds. A function of its own, like
 * `fillRowNumbers`: small hot functions are optimised after the first few sheets, where one
 * large function would run unoptimised for many more.
 */
function readBody(
  grid: SheetGrid,
  bodyStart: number,
  columns: readonly Column[],
  readings: Readings,
): void {
  const { others, flags } = readings;
  const bodyRows = grid.rows.length - bodyStart;
  for (let body = 0; body < bodyRows; body += 1) {
    const cells = grid.rows[bodyStart + body] ?? EMPTY_ROW;
    const readingsAt = body * columns.length;
    let rowFlags = 0;
    for (let i = 0; i < columns.length; i += 1) {
      readCell(readings, readingsAt + i, cells[(columns[i] as Column).index]);
      const other = others[readingsAt + i];
      if (other === undefined) rowFlags = HAS_NUMBER | HAS_CONTENT;
      else {
        if (other.kind !== 'empty') rowFlags |= HAS_CONTENT;
        if (other.kind === 'number' || other.kind === 'magnitude') rowFlags |= HAS_NUMBER;
      }
    }
    flags[body] = rowFlags;
  }
}

/**
 * The value cells the host could not give (a formula without a result, a number that is not
 * finite): their reading is the fault, and their row counts as holding a figure, so that
 * the row is read and the cell reported, never taken as blank. Only sheets with faults.
 */
function markFaults(
  grid: SheetGrid,
  bodyStart: number,
  columns: readonly Column[],
  readings: Readings,
  faults: Readonly<Record<string, CellFault>>,
): void {
  const bodyRows = grid.rows.length - bodyStart;
  for (const [address, fault] of Object.entries(faults)) {
    const position = cellPosition(address);
    if (position === null) continue;
    const body = position.row - bodyStart;
    if (body < 0 || body >= bodyRows) continue;
    const i = columns.findIndex((c) => c.index === position.col);
    if (i < 0) continue;
    const at = body * columns.length + i;
    readings.numbers[at] = NaN;
    readings.others[at] = FAULT_READINGS[fault];
    readings.flags[body] = (readings.flags[body] ?? 0) | HAS_NUMBER | HAS_CONTENT;
  }
}

/** What pass 3 needs of a sheet to fill its rows' numbers. */
interface SheetFigures {
  readonly grid: SheetGrid;
  readonly bodyStart: number;
  readonly columns: readonly Column[];
  /** Column letters by 0-based grid column. */
  readonly letters: readonly string[];
  readonly readings: Readings;
  readonly block: Float64Array;
  readonly issues: Issue[];
  readonly at: (cell?: string, indicator?: string) => IssueLocation;
}

/**
 * Pass 3 for one row: writes its numbers into the sheet's block (row `rowIndex`), with an
 * issue for each cell that is not a number; true when it has a number.
 */
function fillRowNumbers(sheet: SheetFigures, entry: PlannedRow, rowIndex: number): boolean {
  const { grid, columns, letters, readings, block, issues, at } = sheet;
  const { unit, display } = entry;
  const percentRow = unit?.family === 'percent';
  const readingsAt = (entry.row - sheet.bodyStart) * columns.length;
  const rowNumber = entry.row + 1;
  let hasNumber = false;
  for (let i = 0; i < columns.length; i += 1) {
    const { column, index, slot: columnSlot } = columns[i] as Column;
    const slot = rowIndex * SLOTS + columnSlot;
    const reading = readings.others[readingsAt + i];
    if (reading?.kind === 'empty') continue;
    // The address only for a sheet with percent formats or a cell that is not a number.
    const address =
      grid.percentCells !== undefined || reading !== undefined
        ? (letters[index] ?? '') + rowNumber
        : '';
    if (reading === undefined) {
      const number = readings.numbers[readingsAt + i] as number;
      if (percentCell(grid, address, column, percentRow)) {
        const percent = clean(number * 100);
        if (!Number.isFinite(percent)) {
          nonFinite(sheet, address, display, String(number));
          continue;
        }
        block[slot] = percent;
      } else block[slot] = number;
      hasNumber = true;
      continue;
    }
    switch (reading.kind) {
      case 'number': {
        const percentFormat = !reading.fromText && percentCell(grid, address, column, percentRow);
        const value = percentFormat ? clean(reading.value * 100) : reading.value;
        if (!Number.isFinite(value)) {
          nonFinite(sheet, address, display, String(reading.value));
          break;
        }
        block[slot] = value;
        hasNumber = true;
        break;
      }
      case 'magnitude': {
        const converted = convertMagnitude(reading, unit);
        if (converted.ok && !Number.isFinite(converted.value)) {
          nonFinite(sheet, address, display, reading.text);
        } else if (converted.ok) {
          block[slot] = converted.value;
          hasNumber = true;
          issues.push(
            issue('parse.cell-magnitude', 'info', at(address, display), {
              text: reading.text,
              value: converted.value,
              unit: unit?.symbol ?? '',
            }),
          );
        } else {
          issues.push(
            issue('parse.cell-magnitude-unit', levelFor(column), at(address, display), {
              text: reading.text,
              unit: unit?.symbol ?? entry.unitText ?? '',
            }),
          );
        }
        break;
      }
      case 'excel-error':
        issues.push(
          issue('parse.cell-excel-error', levelFor(column), at(address, display), {
            text: reading.text,
          }),
        );
        break;
      case 'not-number':
        issues.push(
          issue('parse.cell-not-number', levelFor(column), at(address, display), {
            text: reading.text,
          }),
        );
        break;
      case 'non-finite':
        nonFinite(sheet, address, display, reading.text);
        break;
      case 'fault':
        issues.push(
          reading.fault === 'formula-no-result'
            ? issue('parse.cell-formula-no-result', 'error', at(address, display))
            : issue('parse.cell-stored-non-finite', 'error', at(address, display)),
        );
        break;
    }
  }
  return hasNumber;
}

/** Infinity, NaN, ∞ written in a cell: named, not quoted (no output shows those words). */
const NON_FINITE_WORD = /inf|nan|∞|ｉｎｆ|ｎａｎ/i;

/** A value cell whose number is not finite (错误 at the cell): never a figure. */
function nonFinite(sheet: SheetFigures, address: string, display: string, text: string): void {
  const at = sheet.at(address, display);
  sheet.issues.push(
    NON_FINITE_WORD.test(text)
      ? issue('parse.cell-stored-non-finite', 'error', at)
      : issue('parse.cell-non-finite', 'error', at, { text }),
  );
}

/**
 * Pass 3 of a sheet: its rows, in the plan's order, with their numbers and the issues of
 * their cells. A function of its own, like `readBody`, so that V8 optimises it early.
 */
function buildRows(
  figures: SheetFigures,
  entries: RowPlan['entries'],
  cellsOf: (row: number) => IndicatorRow['cells'],
  notes: number | null,
): IndicatorRow[] {
  const { grid, issues, at } = figures;
  const rows: IndicatorRow[] = [];
  // Indexed loops: an iterator allocates a result per row until V8 optimises the loop.
  for (let e = 0; e < entries.length; e += 1) {
    const entry = entries[e] as PlannedRow | PlannedDuplicate;
    if (entry.kind === 'duplicate') {
      issues.push(
        issue('parse.duplicate-indicator', 'error', at(entry.labelCell, entry.display), {
          first: entry.first,
        }),
      );
      continue;
    }
    const { unit, display } = entry;
    if (entry.unknownUnitCell !== null) {
      issues.push(
        issue('parse.unit-unknown', 'verify', at(entry.unknownUnitCell, display), {
          unit: entry.unitText ?? '',
        }),
      );
    }
    const rowIndex = rows.length;
    const hasNumber = fillRowNumbers(figures, entry, rowIndex);
    if (hasNumber && unit === null && entry.unitText === null && entry.nature === 'additive') {
      issues.push(issue('parse.unit-missing', 'info', at(entry.labelCell, display)));
    }
    rows.push({
      key: entry.key,
      name: entry.name,
      label: entry.label,
      unit,
      unitText: entry.unitText,
      level: entry.level,
      parentKey: entry.parentKey,
      nature: entry.nature,
      values: rowValues(figures.block, rowIndex),
      cells: cellsOf(entry.row + 1),
      labelCell: entry.labelCell,
      row: entry.row,
      note: notes === null ? null : notesText(grid.rows[entry.row]?.[notes]),
    });
  }
  return rows;
}

/**
 * Parses one grid without deciding the township name or role: the building block of
 * `parseSheet` and `parseWorkbooks`. `file` overrides the grid's own file name.
 *
 * @example
 * parseSheetDetail(grid, {}).reportingUnit // "东城镇" when the sheet says 填报单位：东城镇
 */
export function parseSheetDetail(
  grid: SheetGrid,
  options: ParseOptions = {},
  file: string | undefined = grid.file,
): SheetParseDetail {
  const issues: Issue[] = [];
  const at = (cell?: string, indicator?: string): IssueLocation => ({
    ...(file !== undefined ? { file } : {}),
    sheet: grid.name,
    ...(cell !== undefined ? { cell } : {}),
    ...(indicator !== undefined ? { indicator } : {}),
  });

  const header = findHeader(grid);
  if (header.kind === 'none') {
    // A sheet of figures (not a 说明 sheet of text) is a doubt: its figures are not counted.
    const count = figuresOfSkippedSheet(grid);
    issues.push(
      count === 0
        ? issue('parse.no-header', 'info', at())
        : issue('parse.no-header-figures', 'verify', at(), { count }),
    );
    return { table: null, issues, reportingUnit: null };
  }
  if (header.kind === 'duplicate') {
    const count = figuresOfSkippedSheet(grid);
    const params = { row: header.row + 1, column: header.column };
    issues.push(
      count === 0
        ? issue('parse.header-duplicate-column', 'info', at(), params)
        : issue('parse.header-duplicate-column-figures', 'verify', at(), { ...params, count }),
    );
    return { table: null, issues, reportingUnit: null };
  }
  const { layout } = header;
  const meta = readSheetMeta(grid, layout.headerRow);
  if (meta.defaultUnitText !== null) {
    issues.push(issue('parse.unit-unknown', 'verify', at(), { unit: meta.defaultUnitText }));
  }
  const period = sheetPeriod(meta.texts, layout.headerText.current ?? null);
  const columns = VALUE_COLUMNS.flatMap((column): Column[] => {
    const index = layout.values[column];
    return index === undefined ? [] : [{ column, index, slot: COLUMN_SLOT[column] }];
  });
  // Column letters computed once per sheet, not per cell.
  const width = Math.max(layout.indicator, ...columns.map(({ index }) => index)) + 1;
  const letters = Array.from({ length: width }, (_, col) => columnLetters(col));
  // The letters of each value column, in the slots of the rows' cells (undefined: absent).
  const slotLetters = VALUE_COLUMNS.map((column) => {
    const index = layout.values[column];
    return index === undefined ? undefined : letters[index];
  });
  const cellsOf = sheetRowCells(slotLetters);

  // Pass 1: what every body row's value cells hold, and whether it holds a number or anything.
  const bodyStart = layout.headerRow + layout.headerRows;
  const bodyRows = Math.max(0, grid.rows.length - bodyStart);
  const readings: Readings = {
    numbers: scratchNumbers(bodyRows * columns.length),
    others: SCRATCH_OTHERS,
    flags: SCRATCH_FLAGS,
  };
  readBody(grid, bodyStart, columns, readings);
  if (grid.cellFaults !== undefined) {
    markFaults(grid, bodyStart, columns, readings, grid.cellFaults);
  }

  // Pass 2: which rows are indicator rows, and what each is (shared by sheets of one template).
  const plan = planRows({
    grid,
    layout,
    bodyStart,
    flags: readings.flags,
    defaultUnit: meta.defaultUnit,
    aliases: options.aliases,
  });
  for (const { cell, row } of plan.unlabelled) {
    issues.push(issue('parse.label-missing', 'verify', at(cell), { row }));
  }
  for (const { cell, row, text } of plan.notText) {
    issues.push(issue('parse.label-not-text', 'verify', at(cell), { row, text }));
  }

  // Pass 3: the rows, with their numbers.
  const figures: SheetFigures = {
    grid,
    bodyStart,
    columns,
    letters,
    readings,
    // The rows' numbers, five per row (NaN: none); read through `rowValues`.
    block: numberBlock(plan.rowCount * SLOTS).fill(NaN),
    issues,
    at,
  };
  const rows = buildRows(figures, plan.entries, cellsOf, layout.notes);
  recordRowNumbers(rows, figures.block);
  if (rows.length === 0) {
    // A township's sheet with nothing under its header: the township is missing from the total.
    issues.push(issue('parse.no-indicator-rows', 'verify', at(), { row: layout.headerRow + 1 }));
    return { table: null, issues, reportingUnit: meta.reportingUnit };
  }
  const table: StatTable = {
    unitName: grid.name,
    sheet: grid.name,
    ...(file !== undefined ? { file } : {}),
    role: 'township',
    title: meta.title,
    period,
    defaultUnit: meta.defaultUnit,
    layout,
    rows,
  };
  return { table, issues, reportingUnit: meta.reportingUnit };
}

/**
 * The role of a table named `unitName` from sheet `sheet` of `file`. A township renamed
 * from its 填报单位 line (合计.xlsx says 填报单位：县统计局) is still a total when its file
 * is named as one, unless the file's name names that unit (东城镇汇总.xlsx signed 东城镇).
 *
 * @example
 * tableRole('全县', '全县', {}) // "total"
 * tableRole('县统计局', '合计', {}, '合计.xlsx') // "total"
 */
export function tableRole(
  unitName: string,
  sheet: string,
  options: ParseOptions,
  file?: string,
): TableRole {
  const marked = options.totalSheets ?? [];
  const fileNamed = file !== undefined && unitName !== sheet && isTotalFileOf(file, unitName);
  return isTotalSheetName(unitName) ||
    fileNamed ||
    marked.includes(sheet) ||
    marked.includes(unitName)
    ? 'total'
    : 'township';
}

/**
 * Parses one worksheet into a statistics table, or null with an info issue when it is not a
 * statistics sheet. The township is the sheet name, or for a generic name (Sheet1) the
 * 填报单位 line, else the file's base name. Never throws on bad data.
 *
 * @example
 * parseSheet({ name: '东城镇', rows: [['指标名称', '计量单位', '本期'], ['工业总产值', '万元', 185000]] })
 * // { table: { unitName: '东城镇', role: 'township', rows: [{ key: '工业总产值', values: { current: 185000 }, … }], … },
 * //   issues: [] }
 */
export function parseSheet(grid: SheetGrid, options: ParseOptions = {}): ParsedSheet {
  const detail = parseSheetDetail(grid, options);
  if (detail.table === null) return { table: null, issues: detail.issues };
  let unitName = grid.name;
  const issues = [...detail.issues];
  if (isGenericSheetName(grid.name)) {
    const fromFile = grid.file === undefined ? '' : fileBaseName(grid.file);
    if (detail.reportingUnit !== null) unitName = detail.reportingUnit;
    else if (fromFile !== '') unitName = fromFile;
  }
  return { table: finishTable(detail.table, unitName, options, issues), issues };
}

/**
 * Sets a parsed table's township name and role, adding the parse.total-sheet notice to
 * `issues` for a reported total.
 */
export function finishTable(
  table: StatTable,
  unitName: string,
  options: ParseOptions,
  issues: Issue[],
): StatTable {
  const role = tableRole(unitName, table.sheet, options, table.file);
  if (role === 'total') {
    issues.push(
      issue('parse.total-sheet', 'info', {
        ...(table.file !== undefined ? { file: table.file } : {}),
        sheet: table.sheet,
      }),
    );
  }
  return { ...table, unitName, role };
}
