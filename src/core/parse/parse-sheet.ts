import type { CellValue, SheetGrid } from '../grid/cell';
import { columnLetters, toA1 } from '../grid/address';
import { issue, type Issue, type IssueLevel, type IssueLocation } from '../diagnostics/issue';
import type { IndicatorRow, ParsedSheet, StatTable, TableRole, ValueColumn } from '../model/table';
import { VALUE_COLUMNS } from '../model/table';
import { COLUMN_SLOT, recordRowNumbers, SLOTS } from '../model/row-numbers';
import { clean, parseCellNumber, type CellNumber } from './cell-number';
import { classifyHeader, findHeader } from './header';
import { assignParents, type HierarchyInput } from './hierarchy';
import { normaliseLabel, type NormalisedLabel } from './label';
import { indicatorNature } from './nature';
import { numberBlock, scratchNumbers } from './number-blocks';
import { childKey } from './row-key';
import { rowValues, sheetRowCells } from './row-views';
import { readSheetMeta, sheetPeriod } from './sheet-meta';
import { fileBaseName, isGenericSheetName, isTotalSheetName } from './township-name';
import { convertMagnitude, resolveRowUnit } from './unit-resolve';

/** Options of `parseSheet` and `parseWorkbooks`. */
export interface ParseOptions {
  /** Extra aliases: variant indicator name -> canonical name (both normalised by the same rules). */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Sheet names the user marks as reported totals, in addition to the default names. */
  readonly totalSheets?: readonly string[];
}

/** A parsed sheet plus what naming the township needs. */
export interface SheetParseDetail {
  /** The table with unitName = sheet name and role 'township' (decided by the caller). */
  readonly table: StatTable | null;
  readonly issues: readonly Issue[];
  /** The 填报单位 line's value, if any. */
  readonly reportingUnit: string | null;
}

const FOOTNOTE =
  /^(?:注\d*|说明|备注|附注|资料来源|数据来源|填表人|填报人|制表人|审核人|统计负责人|单位负责人|负责人|联系电话|电话|填报日期|报出日期|制表日期)[:：]/;
const SENTENCE = /[，。；;！？]/;
const SENTENCE_LENGTH = 30;
const EMPTY_ROW: readonly CellValue[] = [];

/** A recognised value column, its 0-based grid column and its slot in a row's numbers. */
type Column = readonly [ValueColumn, number, number];

/** A row that may be an indicator row; also the hierarchy's input for it. */
interface Candidate extends HierarchyInput {
  readonly row: number;
  readonly norm: NormalisedLabel;
  readonly labelCell: string;
  /** Where its readings start in the sheet's flat readings (one per entry of `columns`). */
  readonly readingsAt: number;
  readonly hasContent: boolean;
  readonly unitCell: CellValue | undefined;
}

/**
 * The value cells' readings of a sheet's candidate rows, flat (one per entry of `columns`
 * per candidate): a finite number cell (the common case) as a double in `numbers`, any other
 * cell as what `parseCellNumber` says in `others` (and NaN in `numbers`). No object or boxed
 * number per cell.
 */
interface Readings {
  readonly numbers: Float64Array;
  readonly others: (CellNumber | undefined)[];
}

/**
 * `Readings.others` for every sheet: each reading is written before it is read (pass 1
 * writes a candidate's, pass 3 reads them), so one array serves them all instead of one
 * grown to the length of every sheet.
 */
const SCRATCH_OTHERS: (CellNumber | undefined)[] = [];

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
    issues.push(issue('parse.no-header', 'info', at()));
    return { table: null, issues, reportingUnit: null };
  }
  if (header.kind === 'duplicate') {
    issues.push(
      issue('parse.header-duplicate-column', 'info', at(), {
        row: header.row + 1,
        column: header.column,
      }),
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
    return index === undefined ? [] : [[column, index, COLUMN_SLOT[column]]];
  });
  // Column letters computed once per sheet, not per cell.
  const width = Math.max(layout.indicator, ...columns.map(([, index]) => index)) + 1;
  const letters = Array.from({ length: width }, (_, col) => columnLetters(col));
  // The letters of each value column, in the slots of the rows' cells (undefined: absent).
  const slotLetters = VALUE_COLUMNS.map((column) => {
    const index = layout.values[column];
    return index === undefined ? undefined : letters[index];
  });
  const cellsOf = sheetRowCells(slotLetters);

  // Pass 1: which rows are indicator rows, and what their cells hold. The readings of the
  // candidates' value cells go into flat `Readings` (rows that are dropped are overwritten).
  const candidates: Candidate[] = [];
  const bodyStart = layout.headerRow + layout.headerRows;
  const bodyRows = Math.max(0, grid.rows.length - bodyStart);
  const readings: Readings = {
    numbers: scratchNumbers(bodyRows * columns.length),
    others: SCRATCH_OTHERS,
  };
  let afterFootnote = false;
  for (let row = bodyStart; row < grid.rows.length; row += 1) {
    const cells = grid.rows[row] ?? EMPTY_ROW;
    const readingsAt = candidates.length * columns.length;
    let hasNumber = false;
    let hasContent = false;
    for (let i = 0; i < columns.length; i += 1) {
      readCell(readings, readingsAt + i, cells[(columns[i] as Column)[1]]);
      const other = readings.others[readingsAt + i];
      if (other === undefined) {
        hasContent = true;
        hasNumber = true;
      } else {
        if (other.kind !== 'empty') hasContent = true;
        if (other.kind === 'number' || other.kind === 'magnitude') hasNumber = true;
      }
    }
    const labelValue = cells[layout.indicator];
    if (labelValue === null || labelValue === undefined || labelValue === '') {
      if (hasNumber) {
        issues.push(
          issue('parse.label-missing', 'verify', at(toA1(row, layout.indicator)), { row: row + 1 }),
        );
      }
      continue;
    }
    const labelCell = toA1(row, layout.indicator);
    const labelText =
      typeof labelValue === 'string'
        ? labelValue
        : typeof labelValue === 'number'
          ? String(labelValue)
          : '';
    const norm = labelText.trim() === '' ? null : normaliseLabel(labelText, options.aliases);
    if (norm === null || norm.name === '') {
      if (hasNumber)
        issues.push(issue('parse.label-missing', 'verify', at(labelCell), { row: row + 1 }));
      continue;
    }
    if (FOOTNOTE.test(norm.label)) {
      afterFootnote = true;
      continue;
    }
    // A header repeated in the body (printed page breaks).
    if (!hasNumber && classifyHeader(labelText) === 'indicator') continue;
    if (!hasContent) {
      if (afterFootnote) continue;
      if (norm.label.length > SENTENCE_LENGTH || SENTENCE.test(norm.label)) continue;
    }
    candidates.push({
      indent: (grid.indents?.[labelCell] ?? 0) + norm.indent,
      childMarker: norm.childMarker,
      prefixWidth: norm.prefixWidth,
      row,
      norm,
      labelCell,
      readingsAt,
      hasContent,
      unitCell: layout.unit === null ? undefined : cells[layout.unit],
    });
  }

  // Pass 2: hierarchy, then drop value-less headings that are neither units nor 其中 parents.
  const parents = assignParents(candidates);
  const hasMarkedChild = new Set<number>();
  parents.forEach((parent, index) => {
    if (parent >= 0 && candidates[index]?.norm.childMarker === true) hasMarkedChild.add(parent);
  });
  const kept = candidates.map((c, index) => {
    if (c.hasContent || hasMarkedChild.has(index) || c.norm.unit !== null) return true;
    return typeof c.unitCell === 'string'
      ? c.unitCell.trim() !== ''
      : typeof c.unitCell === 'number';
  });

  // Pass 3: rows.
  const rows: IndicatorRow[] = [];
  // Per candidate index: its key and level once it is kept.
  const keyOf: string[] = [];
  const levelOf: number[] = [];
  const firstCell = new Map<string, string>();
  // The kept rows' numbers, five per row (NaN: none); read through `rowValues`.
  const block = numberBlock(candidates.length * SLOTS).fill(NaN);
  candidates.forEach((c, index) => {
    if (!kept[index]) return;
    let parent = parents[index] ?? -1;
    while (parent >= 0 && !kept[parent]) parent = parents[parent] ?? -1;
    const parentKey = parent < 0 ? null : (keyOf[parent] ?? null);
    const level = parent < 0 ? 0 : (levelOf[parent] ?? 0) + 1;
    const { norm } = c;
    const key = parentKey === null ? norm.name : childKey(parentKey, norm.name);
    keyOf[index] = key;
    levelOf[index] = level;
    const first = firstCell.get(key);
    if (first !== undefined) {
      issues.push(
        issue('parse.duplicate-indicator', 'error', at(c.labelCell, norm.display), { first }),
      );
      return;
    }
    firstCell.set(key, c.labelCell);

    const rowUnit = resolveRowUnit(c.unitCell, norm.unit, meta.defaultUnit);
    if (rowUnit.unknownText !== null && layout.unit !== null) {
      issues.push(
        issue('parse.unit-unknown', 'verify', at(toA1(c.row, layout.unit), norm.display), {
          unit: rowUnit.unknownText,
        }),
      );
    }
    const unit = rowUnit.unit;
    const nature = indicatorNature(norm.name, unit);
    const percentRow = unit?.family === 'percent';
    const rowIndex = rows.length;
    let hasNumber = false;
    const rowNumber = c.row + 1;
    for (let i = 0; i < columns.length; i += 1) {
      const entry = columns[i];
      if (entry === undefined) continue;
      const [column, colIndex, columnSlot] = entry;
      const slot = rowIndex * SLOTS + columnSlot;
      const reading = readings.others[c.readingsAt + i];
      if (reading?.kind === 'empty') continue;
      // The address only for a sheet with percent formats or a cell that is not a number.
      const address =
        grid.percentCells !== undefined || reading !== undefined
          ? (letters[colIndex] ?? '') + rowNumber
          : '';
      if (reading === undefined) {
        const number = readings.numbers[c.readingsAt + i] as number;
        block[slot] = percentCell(grid, address, column, percentRow) ? clean(number * 100) : number;
        hasNumber = true;
        continue;
      }
      switch (reading.kind) {
        case 'number': {
          const percentFormat = !reading.fromText && percentCell(grid, address, column, percentRow);
          block[slot] = percentFormat ? clean(reading.value * 100) : reading.value;
          hasNumber = true;
          break;
        }
        case 'magnitude': {
          const converted = convertMagnitude(reading, unit);
          if (converted.ok) {
            block[slot] = converted.value;
            hasNumber = true;
            issues.push(
              issue('parse.cell-magnitude', 'info', at(address, norm.display), {
                text: reading.text,
                value: converted.value,
                unit: unit?.symbol ?? '',
              }),
            );
          } else {
            issues.push(
              issue('parse.cell-magnitude-unit', levelFor(column), at(address, norm.display), {
                text: reading.text,
                unit: unit?.symbol ?? rowUnit.unknownText ?? '',
              }),
            );
          }
          break;
        }
        case 'excel-error':
          issues.push(
            issue('parse.cell-excel-error', levelFor(column), at(address, norm.display), {
              text: reading.text,
            }),
          );
          break;
        case 'not-number':
          issues.push(
            issue('parse.cell-not-number', levelFor(column), at(address, norm.display), {
              text: reading.text,
            }),
          );
          break;
      }
    }
    if (hasNumber && unit === null && rowUnit.unknownText === null && nature === 'additive') {
      issues.push(issue('parse.unit-missing', 'info', at(c.labelCell, norm.display)));
    }
    rows.push({
      key,
      name: norm.name,
      label: norm.label,
      unit,
      unitText: rowUnit.unknownText,
      level,
      parentKey,
      nature,
      values: rowValues(block, rowIndex),
      cells: cellsOf(rowNumber),
      labelCell: c.labelCell,
      row: c.row,
      note: layout.notes === null ? null : notesText(grid.rows[c.row]?.[layout.notes]),
    });
  });

  recordRowNumbers(rows, block);
  if (rows.length === 0) {
    issues.push(issue('parse.no-indicator-rows', 'info', at()));
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
 * is named as one.
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
  const fileNamed =
    file !== undefined && unitName !== sheet && isTotalSheetName(fileBaseName(file));
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
