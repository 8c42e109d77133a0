/// <reference types="office-js" />
import { columnLetters, toA1 } from '../../core/grid';
import type { OutputLink, OutputSheet } from '../../core/output';
import { formatMessage } from '../../core/diagnostics';
import { uniqueSheetName } from '../../core/grid/sheet-name';
import { valuesFingerprint } from './fingerprint';
import { checkOwnSheets } from './own-sheet-check';
import {
  loadSheetInventory,
  markOwnSheet,
  queueRegistryWrite,
  REGISTRY_SHEET_NAME,
  registryRows,
  type RegistryEntry,
  type SheetInventory,
} from './own-sheets';
import { jsonBytes, MAX_REQUEST_BYTES, planRowBatches, type RowBlock } from './payload';
import { syncBlocks } from './payload-retry';
import { queueNativeCharts } from './native-charts';
import { blockAddress } from './range-address';
import { EXCEL_API, excelApiSupport, type ExcelApiSupport } from './requirement';
import {
  columnWidthPoints,
  formattingBytes,
  linkBytes,
  sheetLayout,
  type SheetLayout,
} from './sheet-layout';
import { planOutputNames, type BesideNotice, type OutputNamePlan } from './write-plan';

export interface WriteSheetsOptions {
  /** Requirement-set support; default: the running Office's. */
  readonly supports?: ExcelApiSupport;
  /** Request budget in bytes; default 4 MB. */
  readonly maxRequestBytes?: number;
  /** Activate the first written sheet at the end (default true). */
  readonly activate?: boolean;
  /**
   * Asked once, before anything is written, with the names of our output sheets that the
   * user has edited since we wrote them and that this run would replace: resolve true to
   * replace them, false to keep them (the results then go beside, with a notice). Without
   * it edited sheets are kept (the ribbon command, which has no pane to ask in).
   */
  readonly confirmReplace?: (sheets: readonly string[]) => Promise<boolean>;
}

/** What a write did. */
export interface WriteReport {
  /** Names of the sheets written, in the order given. */
  readonly names: string[];
  /** Outputs written beside a sheet that kept the name, and why. */
  readonly beside: readonly BesideNotice[];
  /** The same, as sentences for the user (catalogue `addin.beside-*`). */
  readonly notices: readonly string[];
}

interface Planned {
  readonly sheet: OutputSheet;
  readonly layout: SheetLayout;
  /** The final name. */
  readonly name: string;
  /** The name it is written under: the final one, or a temporary one until the swap. */
  readonly writeName: string;
  /** Links by 0-based row. */
  readonly linksByRow: ReadonlyMap<number, readonly OutputLink[]>;
}

/** Where a write is, for cleaning up after a failure. */
interface Progress {
  swapQueued: boolean;
}

/**
 * Writes output sheets into the open workbook. Never deletes or overwrites a sheet it
 * cannot prove is its own and unchanged: the registry must list it, the marker inside it
 * must be there (A1's font colour, or the custom property on ExcelApi 1.12), and the
 * fingerprint of its values must match what was written (`checkOwnSheets`). A sheet of ours
 * the user has edited is replaced only when `confirmReplace` says so; anything else keeps
 * its name and the output goes beside it ("汇总(2)"), with a notice.
 *
 * Replacing is atomic: when old sheets make way, the new ones are written first under
 * temporary names, then one last sync deletes the old ones and renames the new ones. If a
 * sync fails, the sheets written so far are removed (and a half-done swap is finished), so
 * no temporary sheet is left behind. Each sheet is written as whole 2-D ranges, number
 * formats before values (text cells as "@", so "=1+1" and "+86" stay text), with column
 * widths (1.2), bold rows, wrapped columns, merges (1.2), frozen panes (1.7) and links (1.7)
 * where supported, calculation suspended while writing (1.6). Requests are planned from the
 * measured JSON size of their values, formats and operations and kept under
 * `maxRequestBytes`; a request the host still refuses as too big is split and retried.
 * Syncs: one or two to list the sheets, one to check our old ones, one per request-size
 * batch, and one for the swap when old sheets make way.
 *
 * @example
 * const report = await writeOutputs(context, runPipeline([grids]).sheets);
 * report.names // ["汇总", "分乡镇", "审核", "综述"]
 */
export async function writeOutputs(
  context: Excel.RequestContext,
  sheets: readonly OutputSheet[],
  options: WriteSheetsOptions = {},
): Promise<WriteReport> {
  const supports = options.supports ?? excelApiSupport;
  const limit = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  const inventory = await loadSheetInventory(context, supports);
  const checks = await checkOwnSheets(context, inventory, supports, limit);
  const existing = inventory.sheets.map((info) => info.name);
  const states = new Map([...checks].map(([name, check]) => [name, check.state]));
  const wanted = sheets.map((sheet) => sheet.name);
  let plan = planOutputNames(existing, states, wanted, false);
  if (plan.askable.length > 0 && options.confirmReplace !== undefined) {
    if (await options.confirmReplace(plan.askable)) {
      plan = planOutputNames(existing, states, wanted, true);
    }
  }
  const swap = plan.deleted.length > 0;
  const taken = [...existing, ...plan.names];
  const planned: Planned[] = sheets.map((sheet, i) => {
    const name = plan.names[i] ?? sheet.name;
    const writeName = swap ? uniqueSheetName(`~${name}`, taken) : name;
    taken.push(writeName);
    return {
      sheet,
      layout: sheetLayout(sheet),
      name,
      writeName,
      linksByRow: groupLinks(sheet.links),
    };
  });
  const entries = planned.map(registryEntry);
  const progress: Progress = { swapQueued: false };
  try {
    await writeBatches(context, inventory, planned, entries, plan, supports, limit, swap, options);
    if (swap) {
      progress.swapQueued = true;
      queueSwap(context, inventory, checks, planned, entries, plan, supports, options);
      await context.sync();
    }
  } catch (error) {
    await recover(context, inventory, planned, entries, progress, supports).catch(() => undefined);
    throw error;
  }
  const notices = plan.notices.map((notice) =>
    formatMessage(
      notice.reason === 'edited-sheet' ? 'addin.beside-edited-sheet' : 'addin.beside-user-sheet',
      { sheet: notice.wanted, written: notice.written },
    ),
  );
  return { names: planned.map((p) => p.name), beside: plan.notices, notices };
}

/**
 * `writeOutputs`, resolving to the names written only.
 *
 * @example
 * await writeOutputSheets(context, result.sheets) // ["汇总", "分乡镇"]
 */
export async function writeOutputSheets(
  context: Excel.RequestContext,
  sheets: readonly OutputSheet[],
  options: WriteSheetsOptions = {},
): Promise<string[]> {
  return (await writeOutputs(context, sheets, options)).names;
}

function registryEntry(plan: Planned): RegistryEntry {
  return {
    name: plan.name,
    kind: plan.sheet.kind,
    fingerprint: valuesFingerprint(plan.layout.values),
    rows: plan.layout.values.length,
    columns: plan.layout.columnCount,
    bytes: jsonBytes(plan.layout.values),
  };
}

/** The sheets' data, in request-size batches; the first carries the new sheets' structure. */
async function writeBatches(
  context: Excel.RequestContext,
  inventory: SheetInventory,
  planned: readonly Planned[],
  entries: readonly RegistryEntry[],
  plan: OutputNamePlan,
  supports: ExcelApiSupport,
  limit: number,
  swap: boolean,
  options: WriteSheetsOptions,
): Promise<void> {
  const kept = inventory.sheets.map((info) => info.name).filter((n) => !plan.deleted.includes(n));
  const linkTarget = new Map<string, string>(kept.map((name) => [name, name]));
  planned.forEach((p) => {
    if (!linkTarget.has(p.sheet.name)) linkTarget.set(p.sheet.name, p.name);
  });
  const withLinks = supports(EXCEL_API.freezePanesHyperlinks);
  const rowBytes = planned.map(({ layout, linksByRow, sheet }) =>
    layout.rowBytes.map((bytes, row) => {
      if (!withLinks) return bytes;
      const links = linksByRow.get(row) ?? [];
      return links.reduce(
        (sum, link) =>
          sum +
          linkBytes(
            {
              documentReference: `'${link.sheet}'!${link.cell}`,
              textToDisplay: String(sheet.rows[link.row]?.[link.col] ?? ''),
            },
            toA1(link.row, link.col),
          ),
        bytes,
      );
    }),
  );
  const structureBytes =
    planned.reduce((sum, p) => sum + formattingBytes(p.sheet, p.layout.columnCount), 0) +
    (swap ? 0 : jsonBytes(registryRows(entries)) * 2);
  const budget = Math.max(limit - structureBytes, Math.floor(limit / 2));
  const batches = planRowBatches(rowBytes, budget);
  if (batches.length === 0) batches.push([]);
  let created: Excel.Worksheet[] | null = null;
  for (let b = 0; b < batches.length; b++) {
    // One sync per request-size batch (not per sheet): typical results need one.
    await syncBlocks(
      context,
      batches[b] ?? [],
      (blocks, last) => {
        if (supports(EXCEL_API.suspendCalculation)) {
          context.application.suspendApiCalculationUntilNextSync();
        }
        const targets = created ?? queueStructure(context, planned, supports);
        for (const block of blocks) {
          const target = targets[block.item];
          const p = planned[block.item];
          if (target !== undefined && p !== undefined) {
            queueBlock(target, p, block, withLinks ? linkTarget : null);
          }
        }
        if (last && b === batches.length - 1) {
          // Native charts once their data is queued (the 图表 sheet).
          planned.forEach((p, i) => {
            const target = targets[i];
            if (target !== undefined && p.sheet.charts !== undefined) {
              queueNativeCharts(target, p.sheet.charts, supports);
            }
          });
        }
        if (last && b === batches.length - 1 && !swap) {
          queueRegistryWrite(context, inventory.registry, entries, supports);
          if (options.activate !== false) targets[0]?.activate();
        }
        return targets;
      },
      (targets) => {
        created = targets;
      },
    );
  }
}

/**
 * The swap, in one request: the registry rewritten, our old sheets deleted (after the new
 * ones exist, so a visible sheet always remains), the new ones renamed to their names.
 */
function queueSwap(
  context: Excel.RequestContext,
  inventory: SheetInventory,
  checks: Awaited<ReturnType<typeof checkOwnSheets>>,
  planned: readonly Planned[],
  entries: readonly RegistryEntry[],
  plan: OutputNamePlan,
  supports: ExcelApiSupport,
  options: WriteSheetsOptions,
): void {
  queueRegistryWrite(context, inventory.registry, entries, supports);
  for (const name of plan.deleted) checks.get(name)?.worksheet.delete();
  const worksheets = context.workbook.worksheets;
  planned.forEach((p) => {
    worksheets.getItem(p.writeName).name = p.name;
  });
  if (options.activate !== false && planned[0] !== undefined) {
    worksheets.getItem(planned[0].name).activate();
  }
}

/**
 * After a failed sync: before the swap, removes every sheet this write added (they did not
 * exist before it) and a registry it created; during the swap, finishes it (a new sheet
 * whose name is free takes it; one whose old sheet is still there is removed) and rewrites
 * the registry to match. Two syncs.
 */
async function recover(
  context: Excel.RequestContext,
  inventory: SheetInventory,
  planned: readonly Planned[],
  entries: readonly RegistryEntry[],
  progress: Progress,
  supports: ExcelApiSupport,
): Promise<void> {
  const collection = context.workbook.worksheets;
  collection.load('items/name');
  await context.sync();
  const present = new Set(collection.items.map((sheet) => sheet.name));
  if (!progress.swapQueued) {
    for (const p of planned) {
      if (present.has(p.writeName)) collection.getItem(p.writeName).delete();
    }
    if (inventory.registry === null && present.has(REGISTRY_SHEET_NAME)) {
      collection.getItem(REGISTRY_SHEET_NAME).delete();
    }
    await context.sync();
    return;
  }
  const registered: RegistryEntry[] = [];
  planned.forEach((p, i) => {
    const entry = entries[i];
    if (present.has(p.writeName)) {
      if (present.has(p.name)) {
        collection.getItem(p.writeName).delete();
        const old = inventory.entries.get(p.name);
        if (old !== undefined) registered.push(old);
        return;
      }
      collection.getItem(p.writeName).name = p.name;
    }
    if (entry !== undefined) registered.push(entry);
  });
  const registry = present.has(REGISTRY_SHEET_NAME)
    ? collection.getItem(REGISTRY_SHEET_NAME)
    : null;
  queueRegistryWrite(context, registry, registered, supports);
  await context.sync();
}

/**
 * The first batch's structure: the new sheets added (under their write names), marked as
 * ours, and formatted.
 */
function queueStructure(
  context: Excel.RequestContext,
  planned: readonly Planned[],
  supports: ExcelApiSupport,
): Excel.Worksheet[] {
  const created = planned.map((p) => context.workbook.worksheets.add(p.writeName));
  created.forEach((sheet, i) => {
    const p = planned[i];
    if (p === undefined) return;
    queueFormatting(sheet, p, supports);
    markOwnSheet(sheet, p.sheet.kind, supports);
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
