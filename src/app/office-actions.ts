/// <reference types="office-js" />

import type { WorkbookGrids } from '../core/grid';
import { reportSheets } from '../core/report';
import { formatMessage } from '../core/diagnostics';
import type { OutputSheet } from '../core/output/output-sheet';
import { prepareConverters } from '../core/prepare-converters';
import { sheetsWithCharts } from './chart-output';
import type { ConfirmReplace, FoundSheet, HostActions, RunOutcome } from './host-actions';
import { noTownshipError } from './no-township';
import { findingViews, outcomeCounts, scanWorkbooks } from './pipeline-view';
import {
  readRunChoices,
  readSavedRequest,
  runRequest,
  saveRunChoices,
  saveSettings,
  TEMPLATES_SETTING,
  type DocumentSettings,
} from './saved-settings';

export { TEMPLATES_SETTING } from './saved-settings';

/** The office-js host functions the task pane uses (src/host/office). */
export interface OfficeHost {
  readWorkbookGrids(context: Excel.RequestContext): Promise<WorkbookGrids>;
  /**
   * Writes (or replaces) the add-in's own output sheets, asking `confirmReplace` before
   * replacing ones the user edited; resolves to the names written and notices for the user.
   */
  writeOutputs(
    context: Excel.RequestContext,
    sheets: readonly OutputSheet[],
    options: { readonly confirmReplace?: ConfirmReplace },
  ): Promise<{ readonly names: readonly string[]; readonly notices: readonly string[] }>;
  selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void>;
}

/** The parts of office-js the actions call: `Excel.run` and the document's settings. */
export interface OfficeApi {
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  readonly settings: DocumentSettings;
}

/**
 * Host actions inside Excel: read the open workbook, write the output sheets next to the
 * user's (never replacing them), select source cells, keep templates and the run's choices
 * (period, area, sheets) in the workbook's settings, where the ribbon's 一键汇总 reads them.
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
      return scanWorkbooks([grids]);
    },
    async run(request, onProgress, confirmReplace): Promise<RunOutcome> {
      onProgress({ stage: 'read', fraction: 0 });
      const grids = await office.run((context) => host.readWorkbookGrids(context));
      onProgress({ stage: 'compute', fraction: 0.4 });
      const result = await runRequest(grids, request);
      const noTownship = noTownshipError(result, null);
      if (noTownship !== null) throw noTownship;
      onProgress({ stage: 'write', fraction: 0.6 });
      const written = await office.run((context) =>
        host.writeOutputs(
          context,
          sheetsWithCharts(result, request.charts ?? readSavedRequest(office.settings).charts),
          confirmReplace !== undefined ? { confirmReplace } : {},
        ),
      );
      const notices = [...written.notices];
      try {
        await saveRunChoices(office.settings, request);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        notices.push(formatMessage('addin.settings-save-failed', { reason }));
      }
      const findings = findingViews(result);
      onProgress({ stage: 'done', fraction: 1 });
      return {
        findings,
        narrative: result.paragraphs,
        counts: outcomeCounts(result, findings),
        output: { kind: 'written', sheetNames: written.names, notices },
        words: result.words,
        consolidation: result.consolidation,
        ...(result.draftCheck !== undefined ? { draftCheck: result.draftCheck } : {}),
        reportSheets: reportSheets(result.sheets),
      };
    },
    selectCell(sheet: string, cell: string) {
      return office.run((context) => host.selectCell(context, sheet, cell));
    },
    loadRunChoices() {
      return Promise.resolve(readRunChoices(office.settings));
    },
    loadTemplates() {
      const saved: unknown = office.settings.get(TEMPLATES_SETTING);
      return Promise.resolve(typeof saved === 'string' ? saved : null);
    },
    saveTemplates(text: string) {
      office.settings.set(TEMPLATES_SETTING, text);
      return saveSettings(office.settings);
    },
  };
}
