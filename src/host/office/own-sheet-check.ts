/// <reference types="office-js" />
import { createFingerprint, type Fingerprint } from './fingerprint';
import {
  OWN_SHEET_MARKER_COLOR,
  REGISTRY_SHEET_NAME,
  type RegistryEntry,
  type SheetInventory,
} from './own-sheets';
import { MAX_REQUEST_BYTES, planRowBatches } from './payload';
import { syncBlocks } from './payload-retry';
import { blockAddress } from './range-address';
import { EXCEL_API, type ExcelApiSupport } from './requirement';

/**
 * What a sheet listed in the registry turns out to be:
 * - `unedited`: ours (marker) and holding exactly what we wrote (fingerprint): replaceable;
 * - `edited`: ours, changed since (or written by a version without fingerprints): replaced
 *   only when the user says so;
 * - `foreign`: no marker, so not provably ours (the user deleted ours and made a sheet of
 *   the same name): never touched.
 */
export type OwnSheetState = 'unedited' | 'edited' | 'foreign';

export interface OwnSheetCheck {
  readonly name: string;
  readonly state: OwnSheetState;
  readonly worksheet: Excel.Worksheet;
  readonly entry: RegistryEntry;
}

interface Probe {
  readonly name: string;
  readonly worksheet: Excel.Worksheet;
  readonly entry: RegistryEntry;
  readonly font: Excel.RangeFont;
  readonly used: Excel.Range;
  readonly print: Fingerprint;
}

/**
 * Checks every sheet the registry lists: the marker inside it (A1's font colour, every API
 * version; or our custom property, ExcelApi 1.12), that nothing lies outside the rectangle we
 * wrote (values-only used range from ExcelApi 1.2; on 1.1 formatted cells count, so a
 * formatted cell outside also counts as an edit), and the fingerprint of the rectangle's
 * values. One sync for typical results (the read-back is planned from the bytes we wrote,
 * in batches under `maxRequestBytes`, split again if the host refuses one); none when the
 * registry lists no existing sheet.
 *
 * @example
 * const checks = await checkOwnSheets(context, inventory, excelApiSupport);
 * checks.get('汇总')?.state // "unedited"
 */
export async function checkOwnSheets(
  context: Excel.RequestContext,
  inventory: SheetInventory,
  supports: ExcelApiSupport,
  maxRequestBytes: number = MAX_REQUEST_BYTES,
): Promise<Map<string, OwnSheetCheck>> {
  const probes: Probe[] = [];
  inventory.sheets.forEach((info, i) => {
    const entry = inventory.entries.get(info.name);
    const worksheet = inventory.worksheets[i];
    if (entry === undefined || worksheet === undefined || info.name === REGISTRY_SHEET_NAME) {
      return;
    }
    const font = worksheet.getRange('A1').format.font;
    font.load('color');
    const used = usedRange(worksheet, supports);
    used.load(
      supports(EXCEL_API.nullObjects)
        ? 'isNullObject,rowIndex,columnIndex,rowCount,columnCount'
        : 'rowIndex,columnIndex,rowCount,columnCount',
    );
    probes.push({ name: info.name, worksheet, entry, font, used, print: createFingerprint() });
  });
  const checks = new Map<string, OwnSheetCheck>();
  if (probes.length === 0) return checks;

  // Read back only sheets with a fingerprint to compare; rows sized from what was written.
  const rowBytes = probes.map(({ entry }) =>
    entry.fingerprint === null || entry.columns === 0
      ? []
      : new Array<number>(entry.rows).fill(Math.ceil(entry.bytes / Math.max(1, entry.rows)) + 1),
  );
  const batches = planRowBatches(rowBytes, maxRequestBytes);
  if (batches.length === 0) {
    await context.sync();
  }
  for (const batch of batches) {
    // One sync per request-size batch (one for typical results), split if refused.
    await syncBlocks(
      context,
      batch,
      (blocks) =>
        blocks.map((block) => {
          const probe = probes[block.item] as Probe;
          const range = probe.worksheet.getRange(
            blockAddress(block.firstRow, 0, block.rowCount, probe.entry.columns),
          );
          range.load('values');
          return { probe, range };
        }),
      (queued) => {
        for (const { probe, range } of queued) {
          for (const row of range.values) probe.print.addRow(row);
        }
      },
    );
  }

  for (const probe of probes) {
    const marked =
      String(probe.font.color).toUpperCase() === OWN_SHEET_MARKER_COLOR.toUpperCase() ||
      inventory.withProperty.has(probe.name);
    let state: OwnSheetState = 'foreign';
    if (marked) {
      const same =
        probe.entry.fingerprint !== null &&
        withinWritten(probe.used, probe.entry, supports) &&
        probe.print.digest() === probe.entry.fingerprint;
      state = same ? 'unedited' : 'edited';
    }
    checks.set(probe.name, {
      name: probe.name,
      state,
      worksheet: probe.worksheet,
      entry: probe.entry,
    });
  }
  return checks;
}

function usedRange(worksheet: Excel.Worksheet, supports: ExcelApiSupport): Excel.Range {
  if (supports(EXCEL_API.nullObjects)) return worksheet.getUsedRangeOrNullObject(true);
  if (supports(EXCEL_API.columnWidthMergeVisibility)) return worksheet.getUsedRange(true);
  return worksheet.getUsedRange();
}

/** Whether the used range lies inside the rectangle we wrote (an empty sheet does). */
function withinWritten(used: Excel.Range, entry: RegistryEntry, supports: ExcelApiSupport) {
  if (supports(EXCEL_API.nullObjects) && used.isNullObject) return true;
  const rows = Math.max(1, entry.rows);
  const columns = Math.max(1, entry.columns);
  return used.rowIndex + used.rowCount <= rows && used.columnIndex + used.columnCount <= columns;
}
