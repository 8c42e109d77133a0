/// <reference types="office-js" />

import type { WorkbookGrids } from '../core/grid';
import type { OutputSheet } from '../core/output/output-sheet';
import { runPipeline } from '../core/pipeline';
import { prepareConverters } from '../core/prepare-converters';
import type { FoundSheet, HostActions, RunOutcome } from './host-actions';
import {
  excludeSheets,
  findingViews,
  outcomeCounts,
  SCAN_OPTIONS,
  scanSheets,
  totalSheetNames,
} from './pipeline-view';

/** The office-js host functions the task pane uses (src/host/office). */
export interface OfficeHost {
  readWorkbookGrids(context: Excel.RequestContext): Promise<WorkbookGrids>;
  /** Writes (or replaces) the add-in's own output sheets; resolves to the names written. */
  writeOutputSheets(
    context: Excel.RequestContext,
    sheets: readonly OutputSheet[],
  ): Promise<readonly string[]>;
  selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void>;
}

/** The parts of office-js the actions call: `Excel.run` and the document's settings. */
export interface OfficeApi {
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  readonly settings: Pick<Office.Settings, 'get' | 'set' | 'saveAsync'>;
}

/** The document setting that holds the user's narrative templates (saved in the workbook). */
export const TEMPLATES_SETTING = 'park-stats.templates';

/**
 * Host actions inside Excel: read the open workbook, write the output sheets next to the
 * user's (never replacing them), select source cells, keep templates in the workbook's
 * settings.
 *
 * @example
 * const actions = createOfficeActions(officeHost, {
 *   run: (batch) => Excel.run(batch),
 *   settings: Office.context.document.settings,
 * });
 */
export function createOfficeActions(host: OfficeHost, office: OfficeApi): HostActions {
  return {
    kind: 'excel',
    canSelectCell: true,
    async scan(): Promise<readonly FoundSheet[]> {
      const grids = await office.run((context) => host.readWorkbookGrids(context));
      await prepareConverters([grids]);
      return scanSheets([grids], runPipeline([grids], SCAN_OPTIONS));
    },
    async run(request, onProgress): Promise<RunOutcome> {
      onProgress({ stage: 'read', fraction: 0 });
      const grids = await office.run((context) => host.readWorkbookGrids(context));
      onProgress({ stage: 'compute', fraction: 0.4 });
      const totalSheets = totalSheetNames(request.sheets);
      await prepareConverters([grids], { texts: totalSheets });
      const result = runPipeline(excludeSheets([grids], request.sheets), {
        area: request.area,
        period: request.period,
        ...(totalSheets.length > 0 ? { parse: { totalSheets } } : {}),
        ...(request.templates !== undefined ? { templates: request.templates } : {}),
      });
      onProgress({ stage: 'write', fraction: 0.6 });
      const sheetNames = await office.run((context) =>
        host.writeOutputSheets(context, result.sheets),
      );
      const findings = findingViews(result);
      onProgress({ stage: 'done', fraction: 1 });
      return {
        findings,
        narrative: result.paragraphs,
        counts: outcomeCounts(result, findings),
        output: { kind: 'written', sheetNames },
        words: result.words,
        consolidation: result.consolidation,
      };
    },
    selectCell(sheet: string, cell: string) {
      return office.run((context) => host.selectCell(context, sheet, cell));
    },
    loadTemplates() {
      const saved: unknown = office.settings.get(TEMPLATES_SETTING);
      return Promise.resolve(typeof saved === 'string' ? saved : null);
    },
    saveTemplates(text: string) {
      office.settings.set(TEMPLATES_SETTING, text);
      return new Promise<void>((resolve, reject) => {
        office.settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Failed) {
            reject(new Error(result.error.message));
          } else {
            resolve();
          }
        });
      });
    },
  };
}
