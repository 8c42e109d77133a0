/// <reference types="office-js" />
import { columnLetters, toA1 } from '../../core/grid';
import type { OutputLink, OutputSheet } from '../../core/output';
import { uniqueSheetName } from '../../core/grid/sheet-name';
import { loadSheetInventory, markOwnSheet, queueRegistryWrite } from './own-sheets';
import { jsonBytes, MAX_REQUEST_BYTES, planRowBatches, type RowBlock } from './payload';
import { blockAddress } from './range-address';
import { EXCEL_API, excelApiSupport, type ExcelApiSupport } from './requirement';
import { columnWidthPoints, formattingBytes, sheetLayout, type SheetLayout } from './sheet-layout';

export interface WriteSheetsOptions {
  /** Requirement-set support; default: the running Office's. */
  readonly supports?: ExcelApiSupport;
  /** Request budget in bytes; default 4 MB. */
  readonly maxRequestBytes?: number;
  /** Activate the first written sheet at the end (default true). */
  readonly activate?: boolean;
}

/** Bytes of one hyperlink operation (address, reference, font), generously. */
const LINK_BYTES = 240;

interface Planned {
  readonly sheet: OutputSheet;
  readonly layout: SheetLayout;
  readonly name: string;
  /** Links by 0-based row. */
  readonly linksByRow: ReadonlyMap<number, readonly OutputLink[]>;
}

/**
 * Writes output sheets into the open workbook and returns their names. Deletes only sheets
 * this add-in created before (listed in its registry), never a user's sheet: a user's own
 * "汇总" stays and ours becomes "汇总(2)". Each sheet is written as whole 2-D ranges, number
 * formats before values in the same request (text cells as "@", so "=1+1" and "+86" stay
 * text), with column widths (1.2), bold rows, wrapped columns, merges (1.2), frozen panes
 * (1.7) and links (1.7) where the host supports them, calculation suspended while writing
 * (1.6). Requests stay under `maxRequestBytes`: one or two syncs to look at the workbook,
 * then one sync per batch of at most that many bytes (one for typical results).
 *
 * @example
 * const result = runPipeline([grids]);
 * await writeOutputSheets(context, result.sheets) // ["汇总", "分乡镇"]
 */
export async function writeOutputSheets(
  context: Excel.RequestContext,
  sheets: readonly OutputSheet[],
  options: WriteSheetsOptions = {},
): Promise<string[]> {
  const supports = options.supports ?? excelApiSupport;
  const limit = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  const inventory = await loadSheetInventory(context, supports);
  const kept = inventory.sheets.map((info) => info.name).filter((name) => !inventory.own.has(name));
  const taken = [...kept];
  const names = sheets.map((sheet) => {
    const name = uniqueSheetName(sheet.name, taken);
    taken.push(name);
    return name;
  });
  const linkTarget = new Map<string, string>(kept.map((name) => [name, name]));
  sheets.forEach((sheet, i) => {
    if (!linkTarget.has(sheet.name)) linkTarget.set(sheet.name, names[i] ?? sheet.name);
  });
  const planned: Planned[] = sheets.map((sheet, i) => ({
    sheet,
    layout: sheetLayout(sheet),
    name: names[i] ?? sheet.name,
    linksByRow: groupLinks(sheet.links),
  }));

  const withLinks = supports(EXCEL_API.freezePanesHyperlinks);
  const rowBytes = planned.map(({ layout, linksByRow }) =>
    layout.rowBytes.map(
      (bytes, row) => bytes + (withLinks ? (linksByRow.get(row)?.length ?? 0) * LINK_BYTES : 0),
    ),
  );
  const structureBytes =
    planned.reduce((sum, { sheet }) => sum + formattingBytes(sheet), 0) + jsonBytes(names) + 1024;
  const budget = Math.max(limit - structureBytes, Math.floor(limit / 2));
  const batches = planRowBatches(rowBytes, budget);
  const batchCount = Math.max(1, batches.length);

  let created: Excel.Worksheet[] = [];
  for (let b = 0; b < batchCount; b++) {
    if (supports(EXCEL_API.suspendCalculation)) {
      context.application.suspendApiCalculationUntilNextSync();
    }
    if (b === 0) {
      created = queueStructure(context, inventory, planned, taken, supports);
    }
    for (const block of batches[b] ?? []) {
      const target = created[block.item];
      const plan = planned[block.item];
      if (target !== undefined && plan !== undefined) {
        queueBlock(target, plan, block, withLinks ? linkTarget : null);
      }
    }
    if (b === batchCount - 1 && options.activate !== false) created[0]?.activate();
    // One sync per request-size batch (not per sheet): typical results need one.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return planned.map((plan) => plan.name);
}

/**
 * The first batch's structure: our old sheets renamed out of the way, the new sheets added,
 * the old ones deleted (after the adds, so the workbook always keeps a visible sheet), the
 * registry rewritten, and each new sheet's formatting.
 */
function queueStructure(
  context: Excel.RequestContext,
  inventory: Awaited<ReturnType<typeof loadSheetInventory>>,
  planned: readonly Planned[],
  taken: readonly string[],
  supports: ExcelApiSupport,
): Excel.Worksheet[] {
  const allNames = [...taken, ...inventory.own];
  const old = inventory.worksheets.filter((_, i) => {
    const name = inventory.sheets[i]?.name;
    return name !== undefined && inventory.own.has(name);
  });
  for (const sheet of old) {
    const temporary = uniqueSheetName('~old', allNames);
    allNames.push(temporary);
    sheet.name = temporary;
  }
  const created = planned.map((plan) => context.workbook.worksheets.add(plan.name));
  for (const sheet of old) sheet.delete();
  queueRegistryWrite(
    context,
    inventory.registry,
    planned.map((plan) => plan.name),
    supports,
  );
  created.forEach((sheet, i) => {
    const plan = planned[i];
    if (plan === undefined) return;
    markOwnSheet(sheet, plan.sheet.kind, supports);
    queueFormatting(sheet, plan, supports);
  });
  return created;
}

function queueFormatting(sheet: Excel.Worksheet, plan: Planned, supports: ExcelApiSupport): void {
  const { sheet: output, layout } = plan;
  const rowCount = Math.max(1, output.rows.length);
  if (supports(EXCEL_API.columnWidthMergeVisibility)) {
    output.columnWidths.forEach((width, col) => {
      const letters = columnLetters(col);
      sheet.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(width);
    });
    for (const merge of output.merges) {
      if (merge.rowSpan <= 1 && merge.colSpan <= 1) continue;
      sheet.getRange(blockAddress(merge.row, merge.col, merge.rowSpan, merge.colSpan)).merge(false);
    }
  }
  for (const row of output.boldRows) {
    sheet.getRange(blockAddress(row, 0, 1, layout.columnCount)).format.font.bold = true;
  }
  for (const col of output.wrapColumns) {
    const format = sheet.getRange(blockAddress(0, col, rowCount, 1)).format;
    format.wrapText = true;
    format.verticalAlignment = 'Top';
  }
  if (supports(EXCEL_API.freezePanesHyperlinks)) {
    const { frozenRows, frozenColumns } = output;
    if (frozenRows > 0 && frozenColumns > 0) {
      sheet.freezePanes.freezeAt(blockAddress(0, 0, frozenRows, frozenColumns));
    } else if (frozenRows > 0) {
      sheet.freezePanes.freezeRows(frozenRows);
    } else if (frozenColumns > 0) {
      sheet.freezePanes.freezeColumns(frozenColumns);
    }
  }
}

/** Formats first, then values (so "@" is in place), then the block's links. */
function queueBlock(
  sheet: Excel.Worksheet,
  plan: Planned,
  block: RowBlock,
  linkTarget: ReadonlyMap<string, string> | null,
): void {
  const end = block.firstRow + block.rowCount;
  const range = sheet.getRange(
    blockAddress(block.firstRow, 0, block.rowCount, plan.layout.columnCount),
  );
  range.numberFormat = plan.layout.formats.slice(block.firstRow, end);
  range.values = plan.layout.values.slice(block.firstRow, end);
  if (linkTarget === null) return;
  for (let row = block.firstRow; row < end; row++) {
    for (const link of plan.linksByRow.get(row) ?? []) {
      const target = linkTarget.get(link.sheet);
      if (target === undefined) continue;
      const cell = sheet.getRange(toA1(link.row, link.col));
      const text = plan.sheet.rows[link.row]?.[link.col];
      cell.hyperlink = {
        documentReference: `'${target.replace(/'/g, "''")}'!${link.cell.replace(/\$/g, '')}`,
        ...(typeof text === 'string' ? { textToDisplay: text } : {}),
      };
      cell.format.font.color = '#0563C1';
      cell.format.font.underline = 'Single';
    }
  }
}

function groupLinks(links: readonly OutputLink[]): Map<number, OutputLink[]> {
  const byRow = new Map<number, OutputLink[]>();
  for (const link of links) {
    const list = byRow.get(link.row) ?? [];
    list.push(link);
    byRow.set(link.row, list);
  }
  return byRow;
}
