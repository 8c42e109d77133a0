/// <reference types="office-js" />
import type { CellValue, SheetGrid, WorkbookGrids } from '../../core/grid';
import { toA1 } from '../../core/grid';
import { isPercentFormat } from '../../core/grid/number-format';
import { officeCellValue } from './cell-value';
import { loadSheetInventory, REGISTRY_SHEET_NAME } from './own-sheets';
import { MAX_REQUEST_BYTES, planRowBatches, readRowBytes } from './payload';
import { syncBlocks } from './payload-retry';
import { blockAddress } from './range-address';
import { EXCEL_API, excelApiSupport, type ExcelApiSupport } from './requirement';

/** Indent levels are read for this many leading columns of a sheet (the label columns). */
export const INDENT_COLUMNS = 3;
/**
 * On ExcelApi 1.1, whose used range counts formatted cells (a column formatted to the
 * bottom reaches row 1,048,576), a sheet stops being read after a block of at least this
 * many rows came back without a value.
 */
export const EMPTY_TAIL_ROWS = 1000;

export interface ReadGridsOptions {
  /** Requirement-set support; default: the running Office's. */
  readonly supports?: ExcelApiSupport;
  /** Request budget in bytes; default 4 MB. */
  readonly maxRequestBytes?: number;
  /** Load number formats to find percent and date cells (default true). */
  readonly formats?: boolean;
  /** Read alignment indents of the first columns where ExcelApi 1.9 allows (default true). */
  readonly indents?: boolean;
  /** Read hidden sheets too (default true, as the exceljs host does). */
  readonly includeHidden?: boolean;
  /** The workbook's file name, copied into the grids. */
  readonly file?: string;
}

interface Target {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly hidden: SheetGrid['hidden'];
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

interface Collected {
  readonly rows: CellValue[][];
  readonly percentCells: Record<string, true>;
  readonly indents: Record<string, number>;
}

/**
 * Reads every worksheet of the open workbook into grids, in tab order, leaving out this
 * add-in's own output sheets and registry. Hidden and very hidden sheets are read with
 * their `hidden` mark (the parser skips them unless the user includes them). A constant number of `context.sync()` calls,
 * none per sheet: names (1), used-range sizes and the registry (2), then the cells in
 * batches of at most `maxRequestBytes` (one sync per batch: one for typical workbooks).
 * Values come with their number formats in the same request (percent cells, dates); indent
 * levels of the first columns are read where ExcelApi 1.9 allows.
 *
 * @example
 * const grids = await Excel.run((context) => readWorkbookGrids(context));
 * grids.sheets.map((s) => s.name) // ["东城镇", "西城镇", …]
 */
export async function readWorkbookGrids(
  context: Excel.RequestContext,
  options: ReadGridsOptions = {},
): Promise<WorkbookGrids> {
  const supports = options.supports ?? excelApiSupport;
  const withFormats = options.formats ?? true;
  const withIndents = (options.indents ?? true) && supports(EXCEL_API.cellProperties);
  let used: Excel.Range[] = [];
  const inventory = await loadSheetInventory(context, supports, (worksheets) => {
    used = worksheets.map((sheet) => {
      // 1.4+: values only, and a sheet without any is a null object (no error);
      // 1.2: values only, a blank sheet gives A1; 1.1: formatted cells count too.
      let range: Excel.Range;
      if (supports(EXCEL_API.nullObjects)) range = sheet.getUsedRangeOrNullObject(true);
      else if (supports(EXCEL_API.columnWidthMergeVisibility)) range = sheet.getUsedRange(true);
      else range = sheet.getUsedRange();
      range.load('rowIndex,columnIndex,rowCount,columnCount');
      return range;
    });
  });
  const targets: Target[] = [];
  inventory.sheets.forEach((info, i) => {
    const sheet = inventory.worksheets[i];
    const range = used[i];
    if (sheet === undefined || range === undefined) return;
    if (info.name === REGISTRY_SHEET_NAME || inventory.own.has(info.name)) return;
    if (options.includeHidden === false && info.visibility !== 'Visible') return;
    const hidden = hiddenState(info.visibility);
    if (supports(EXCEL_API.nullObjects) && range.isNullObject) {
      targets.push({
        sheet,
        name: info.name,
        hidden,
        rowIndex: 0,
        columnIndex: 0,
        rowCount: 0,
        columnCount: 0,
      });
      return;
    }
    const { rowIndex, columnIndex, rowCount, columnCount } = range;
    targets.push({ sheet, name: info.name, hidden, rowIndex, columnIndex, rowCount, columnCount });
  });

  const rowBytes = targets.map((target) =>
    new Array<number>(target.rowCount).fill(
      readRowBytes(target.columnCount, {
        formats: withFormats,
        indentColumns: withIndents ? INDENT_COLUMNS : 0,
      }),
    ),
  );
  const collected: Collected[] = targets.map((target) => ({
    rows: Array.from({ length: target.rowIndex }, () => []),
    percentCells: {},
    indents: {},
  }));
  const batches = planRowBatches(rowBytes, options.maxRequestBytes ?? MAX_REQUEST_BYTES);
  // Sheets whose used range may run past their values (1.1) stop at an empty tail.
  const tailCheck = !supports(EXCEL_API.columnWidthMergeVisibility);
  const finished = new Set<number>();
  for (const planned of batches) {
    const batch = planned.filter((block) => !finished.has(block.item));
    if (batch.length === 0) continue;
    // One sync per request-size batch (not per sheet): a typical workbook has one batch.
    // A batch the host refuses as too big is split and read again.
    await syncBlocks(
      context,
      batch,
      (blocks) =>
        blocks.map((block) => {
          const target = targets[block.item] as Target;
          const row = target.rowIndex + block.firstRow;
          const range = target.sheet.getRange(
            blockAddress(row, target.columnIndex, block.rowCount, target.columnCount),
          );
          if (withFormats) range.load('values,numberFormat');
          else range.load('values');
          const indentColumns = Math.min(INDENT_COLUMNS, target.columnCount);
          const indents = withIndents
            ? target.sheet
                .getRange(blockAddress(row, target.columnIndex, block.rowCount, indentColumns))
                .getCellProperties({ format: { indentLevel: true } })
            : null;
          return { block, target, range, indents };
        }),
      (queued) => {
        for (const { block, target, range, indents } of queued) {
          const values = range.values;
          if (tailCheck && block.rowCount >= EMPTY_TAIL_ROWS && allEmpty(values)) {
            finished.add(block.item);
            continue;
          }
          collectBlock(
            collected[block.item] as Collected,
            target,
            target.rowIndex + block.firstRow,
            values,
            withFormats ? range.numberFormat : null,
            indents?.value ?? null,
          );
        }
      },
    );
  }

  const sheets = targets.map((target, i) =>
    toGrid(target, collected[i] as Collected, options.file),
  );
  return options.file === undefined ? { sheets } : { file: options.file, sheets };
}

function allEmpty(values: readonly (readonly unknown[])[]): boolean {
  return values.every((row) => row.every((value) => value === '' || value === null));
}

function collectBlock(
  into: Collected,
  target: Target,
  firstRow: number,
  values: readonly (readonly unknown[])[],
  formats: readonly (readonly unknown[])[] | null,
  indents: readonly (readonly Excel.CellProperties[])[] | null,
): void {
  values.forEach((cells, r) => {
    const row = firstRow + r;
    const out: CellValue[] = new Array<CellValue>(target.columnIndex).fill(null);
    cells.forEach((value, c) => {
      const col = target.columnIndex + c;
      const format = formats?.[r]?.[c];
      const cell = officeCellValue(value, format);
      out.push(cell);
      if (typeof cell === 'number' && typeof format === 'string' && percentFormat(format)) {
        into.percentCells[toA1(row, col)] = true;
      }
      const indent = indents?.[r]?.[c]?.format?.indentLevel;
      if (typeof indent === 'number' && indent !== 0) into.indents[toA1(row, col)] = indent;
    });
    into.rows.push(out);
  });
}

const percentFormats = new Map<string, boolean>();

/** `isPercentFormat`, remembered: a workbook uses few distinct formats. */
function percentFormat(format: string): boolean {
  let known = percentFormats.get(format);
  if (known === undefined) {
    known = isPercentFormat(format);
    if (percentFormats.size < 1000) percentFormats.set(format, known);
  }
  return known;
}

/**
 * A sheet's `SheetGrid.hidden` from `Worksheet.visibility` (readable from ExcelApi 1.1, and
 * loaded with the names: no extra sync).
 *
 * @example hiddenState('VeryHidden') // "veryHidden"
 */
export function hiddenState(visibility: string): SheetGrid['hidden'] {
  if (visibility === 'Hidden') return 'hidden';
  if (visibility === 'VeryHidden') return 'veryHidden';
  return undefined;
}

function toGrid(target: Target, collected: Collected, file: string | undefined): SheetGrid {
  // Rows below the last value (formatted cells on ExcelApi 1.1) are left out.
  let end = collected.rows.length;
  while (end > 0 && (collected.rows[end - 1] ?? []).every((cell) => cell === null)) end--;
  return {
    name: target.name,
    rows: end === collected.rows.length ? collected.rows : collected.rows.slice(0, end),
    ...(Object.keys(collected.indents).length > 0 ? { indents: collected.indents } : {}),
    ...(Object.keys(collected.percentCells).length > 0
      ? { percentCells: collected.percentCells }
      : {}),
    ...(target.hidden === undefined ? {} : { hidden: target.hidden }),
    ...(file === undefined ? {} : { file }),
  };
}
