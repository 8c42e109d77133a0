/// <reference types="office-js" />
import { formatMessage } from '../../core/diagnostics';
import { EXCEL_API, type ExcelApiSupport } from './requirement';
import { TEXT_FORMAT } from './text-cell';

/**
 * The registry of sheets this add-in created: a very hidden worksheet (merely visible on
 * pure ExcelApi 1.1, which cannot hide sheets) that lists, under a note, one row per output
 * sheet: name, kind, the fingerprint of the values written, their rows, columns and bytes
 * (`RegistryEntry`). Being listed is not enough to be replaced: the writer also checks the
 * marker inside the sheet and the fingerprint (`checkOwnSheets`).
 */
export const REGISTRY_SHEET_NAME = '__park_stats_registry';
/** Worksheet custom property key (ExcelApi 1.12) marking an output sheet. */
export const OWN_SHEET_PROPERTY = 'parkStats.outputSheet';
/**
 * The marker inside every output sheet, on every API version (`RangeFont.color` is ExcelApi
 * 1.1): cell A1's font colour. It looks black; a sheet the user made has it only by chance
 * of one colour in 16.7 million, and it survives edits of the values.
 */
export const OWN_SHEET_MARKER_COLOR = '#010203';

/** One output sheet as the registry remembers it. */
export interface RegistryEntry {
  readonly name: string;
  readonly kind: string;
  /** `valuesFingerprint` of the values written; null in registries of older versions. */
  readonly fingerprint: string | null;
  readonly rows: number;
  readonly columns: number;
  /** JSON bytes of the values written (plans the read-back). */
  readonly bytes: number;
}

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
  /**
   * Names of sheets listed in the registry that still exist (registry excluded), on
   * ExcelApi 1.12 only those with our custom property. The reader skips them; the writer
   * replaces only those `checkOwnSheets` proves ours.
   */
  readonly own: ReadonlySet<string>;
  /** The registry's rows, by sheet name. */
  readonly entries: ReadonlyMap<string, RegistryEntry>;
  /** Names of sheets carrying our custom property (ExcelApi 1.12 only). */
  readonly withProperty: ReadonlySet<string>;
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
  const entries = new Map(
    (usedRange === undefined ? [] : parseRegistryEntries(usedRange.values)).map((entry) => [
      entry.name,
      entry,
    ]),
  );
  const own = new Set<string>();
  const withProperty = new Set<string>();
  sheets.forEach((sheet, i) => {
    if (properties?.[i]?.isNullObject === false) withProperty.add(sheet.name);
    if (sheet.name === REGISTRY_SHEET_NAME || !entries.has(sheet.name)) return;
    if (properties !== null && !withProperty.has(sheet.name)) return;
    own.add(sheet.name);
  });
  return { sheets, worksheets, own, entries, withProperty, registry };
}

/**
 * The sheet names listed in the registry's values (column A below the note).
 *
 * @example
 * parseRegistry([['本表由…'], ['汇总'], ['分乡镇'], ['']]) // ["汇总", "分乡镇"]
 */
export function parseRegistry(values: readonly (readonly unknown[])[]): string[] {
  return parseRegistryEntries(values).map((entry) => entry.name);
}

/**
 * The registry's rows below the note: name, kind, fingerprint, rows, columns, bytes. Rows
 * of older versions (a name only) have no fingerprint.
 *
 * @example
 * parseRegistryEntries([['本表由…'], ['汇总', 'summary', '0a1b…', '12', '7', '900']])
 * // [{ name: '汇总', kind: 'summary', fingerprint: '0a1b…', rows: 12, columns: 7, bytes: 900 }]
 */
export function parseRegistryEntries(values: readonly (readonly unknown[])[]): RegistryEntry[] {
  const entries: RegistryEntry[] = [];
  for (const row of values.slice(1)) {
    const [name, kind, fingerprint, rows, columns, bytes] = row;
    if (typeof name !== 'string' || name === '') continue;
    const count = (value: unknown): number => {
      const n = Number(value);
      return Number.isInteger(n) && n >= 0 ? n : 0;
    };
    entries.push({
      name,
      kind: typeof kind === 'string' ? kind : '',
      fingerprint: typeof fingerprint === 'string' && fingerprint !== '' ? fingerprint : null,
      rows: count(rows),
      columns: count(columns),
      bytes: count(bytes),
    });
  }
  return entries;
}

/**
 * The registry's cells for `entries`: the note, then one row per entry, all text.
 *
 * @example
 * registryRows([{ name: '汇总', kind: 'summary', fingerprint: 'ab', rows: 1, columns: 1, bytes: 4 }])[1]
 * // ["汇总", "summary", "ab", "1", "1", "4"]
 */
export function registryRows(entries: readonly RegistryEntry[]): string[][] {
  return [
    [formatMessage('addin.registry-note'), '', '', '', '', ''],
    ...entries.map((entry) => [
      entry.name,
      entry.kind,
      entry.fingerprint ?? '',
      String(entry.rows),
      String(entry.columns),
      String(entry.bytes),
    ]),
  ];
}

/**
 * Queues the registry's new contents (no sync): creates the registry sheet when missing,
 * hides it (ExcelApi 1.2), and lists `entries` under a note, as text. Returns the sheet.
 *
 * @example
 * queueRegistryWrite(context, inventory.registry, entries, excelApiSupport);
 * await context.sync();
 */
export function queueRegistryWrite(
  context: Excel.RequestContext,
  registry: Excel.Worksheet | null,
  entries: readonly RegistryEntry[],
  supports: ExcelApiSupport,
): Excel.Worksheet {
  const sheet = registry ?? context.workbook.worksheets.add(REGISTRY_SHEET_NAME);
  if (supports(EXCEL_API.columnWidthMergeVisibility)) sheet.visibility = 'VeryHidden';
  sheet.getRange().clear();
  const rows = registryRows(entries);
  const range = sheet.getRange(`A1:F${rows.length}`);
  range.numberFormat = rows.map((row) => row.map(() => TEXT_FORMAT));
  range.values = rows;
  return sheet;
}

/**
 * Queues the marks of a new output sheet: the marker colour of A1 (every version) and our
 * custom property (ExcelApi 1.12).
 *
 * @example
 * markOwnSheet(sheet, 'summary', excelApiSupport);
 */
export function markOwnSheet(
  sheet: Excel.Worksheet,
  kind: string,
  supports: ExcelApiSupport,
): void {
  sheet.getRange('A1').format.font.color = OWN_SHEET_MARKER_COLOR;
  if (supports(EXCEL_API.worksheetCustomProperties)) {
    sheet.customProperties.add(OWN_SHEET_PROPERTY, kind);
  }
}
