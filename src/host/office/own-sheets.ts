/// <reference types="office-js" />
import { formatMessage } from '../../core/diagnostics';
import { EXCEL_API, type ExcelApiSupport } from './requirement';
import { TEXT_FORMAT } from './text-cell';

/**
 * The registry of sheets this add-in created: a very hidden worksheet (merely visible on
 * pure ExcelApi 1.1, which cannot hide sheets) whose column A lists their names under a
 * note. Only sheets listed there are ever replaced or deleted; on ExcelApi 1.12 a sheet must
 * also carry our worksheet custom property, so a user's sheet that took the name of a
 * deleted output sheet is still left alone.
 */
export const REGISTRY_SHEET_NAME = '__park_stats_registry';
/** Worksheet custom property key (ExcelApi 1.12) marking an output sheet. */
export const OWN_SHEET_PROPERTY = 'parkStats.outputSheet';

/** One worksheet of the open workbook, in tab order. */
export interface SheetInfo {
  readonly name: string;
  readonly visibility: string;
}

/** What is in the workbook before a read or a write. */
export interface SheetInventory {
  /** Every worksheet in tab order, the registry included. */
  readonly sheets: readonly SheetInfo[];
  /** The worksheet proxies, parallel to `sheets`. */
  readonly worksheets: readonly Excel.Worksheet[];
  /** Names of output sheets this add-in created that still exist (registry excluded). */
  readonly own: ReadonlySet<string>;
  /** The registry sheet, when the workbook has one. */
  readonly registry: Excel.Worksheet | null;
}

/**
 * Lists the worksheets and finds our own output sheets, in two `context.sync()` calls:
 * names and visibility first; then, in one request, the registry's values, our custom
 * property on every sheet (ExcelApi 1.12) and whatever `queueMore` adds (the reader queues
 * used-range sizes there). The second sync is skipped when it would carry nothing.
 *
 * @example
 * const inventory = await loadSheetInventory(context, excelApiSupport);
 * inventory.own.has('汇总') // true after a run
 */
export async function loadSheetInventory(
  context: Excel.RequestContext,
  supports: ExcelApiSupport,
  queueMore?: (worksheets: readonly Excel.Worksheet[]) => void,
): Promise<SheetInventory> {
  const collection = context.workbook.worksheets;
  collection.load('items/name,items/visibility');
  await context.sync();
  const worksheets = collection.items;
  const sheets = worksheets.map((sheet) => ({ name: sheet.name, visibility: sheet.visibility }));
  const registryIndex = sheets.findIndex((sheet) => sheet.name === REGISTRY_SHEET_NAME);
  const registry = worksheets[registryIndex] ?? null;
  const usedRange = registry?.getUsedRange();
  usedRange?.load('values');
  const withProperties = supports(EXCEL_API.worksheetCustomProperties) && registry !== null;
  const properties = withProperties
    ? worksheets.map((sheet) => {
        const property = sheet.customProperties.getItemOrNullObject(OWN_SHEET_PROPERTY);
        property.load('value');
        return property;
      })
    : null;
  queueMore?.(worksheets);
  if (registry !== null || queueMore !== undefined) await context.sync();
  const listed = new Set(usedRange === undefined ? [] : parseRegistry(usedRange.values));
  const own = new Set<string>();
  sheets.forEach((sheet, i) => {
    if (sheet.name === REGISTRY_SHEET_NAME || !listed.has(sheet.name)) return;
    if (properties !== null && properties[i]?.isNullObject !== false) return;
    own.add(sheet.name);
  });
  return { sheets, worksheets, own, registry };
}

/**
 * The sheet names listed in the registry's values (column A below the note).
 *
 * @example
 * parseRegistry([['本表由…'], ['汇总'], ['分乡镇'], ['']]) // ["汇总", "分乡镇"]
 */
export function parseRegistry(values: readonly (readonly unknown[])[]): string[] {
  return values
    .slice(1)
    .map((row) => row[0])
    .filter((name): name is string => typeof name === 'string' && name !== '');
}

/**
 * Queues the registry's new contents (no sync): creates the registry sheet when missing,
 * hides it (ExcelApi 1.2), and lists `names` in column A under a note, as text.
 *
 * @example
 * queueRegistryWrite(context, inventory.registry, ['汇总', '分乡镇'], excelApiSupport);
 * await context.sync();
 */
export function queueRegistryWrite(
  context: Excel.RequestContext,
  registry: Excel.Worksheet | null,
  names: readonly string[],
  supports: ExcelApiSupport,
): void {
  const sheet = registry ?? context.workbook.worksheets.add(REGISTRY_SHEET_NAME);
  if (supports(EXCEL_API.columnWidthMergeVisibility)) sheet.visibility = 'VeryHidden';
  sheet.getRange().clear();
  const rows = [formatMessage('addin.registry-note'), ...names].map((name) => [name]);
  const range = sheet.getRange(`A1:A${rows.length}`);
  range.numberFormat = rows.map(() => [TEXT_FORMAT]);
  range.values = rows;
}

/**
 * Queues our custom property on a new output sheet (ExcelApi 1.12; nothing otherwise).
 *
 * @example
 * markOwnSheet(sheet, 'summary', excelApiSupport);
 */
export function markOwnSheet(
  sheet: Excel.Worksheet,
  kind: string,
  supports: ExcelApiSupport,
): void {
  if (supports(EXCEL_API.worksheetCustomProperties)) {
    sheet.customProperties.add(OWN_SHEET_PROPERTY, kind);
  }
}
