import { chartSettings } from '../core/charts';
import type { WorkbookGrids } from '../core/grid';
import { templateSetFromText } from '../core/narrative';
import { runPipeline, type PipelineOptions, type PipelineResult } from '../core/pipeline';
import { prepareConverters } from '../core/prepare-converters';
import type { RunRequest, SavedRunChoices, SheetChoice } from './host-actions';
import { excludeSheets, totalSheetNames } from './pipeline-view';

/**
 * The task pane's choices kept in the workbook (Office document settings, saved in the
 * file), and the one function that turns them into a run: the task pane saves them, and
 * the ribbon's 一键汇总 reads them, so both run the same way.
 */

/** The document setting that holds the user's narrative templates (editor text). */
export const TEMPLATES_SETTING = 'park-stats.templates';
/** The document setting that holds the last run's period, area and sheet choices. */
export const RUN_SETTING = 'park-stats.run';

/** The document setting that holds the chart choices (indicator, sort, top N). */
export const CHARTS_SETTING = 'park-stats.charts';

/** The result `saveAsync` and `refreshAsync` call back with (`Office.AsyncResult`). */
export interface SettingsResult {
  readonly status: unknown;
  readonly error?: { readonly message: string };
}

/** The parts of `Office.Settings` used here (`Office.context.document.settings` is one). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: SettingsResult) => void): void;
  refreshAsync?(callback: (result: SettingsResult) => void): void;
}

/**
 * The run the saved settings describe: the templates saved in the workbook (the default
 * ones when none or blank), the period and area, the sheets switched on or off and marked
 * as totals. Anything missing or malformed falls back to the defaults.
 *
 * @example
 * readSavedRequest(Office.context.document.settings)
 * // { period: '上半年', area: '园区', sheets: [{ id: '::旧稿', sheet: '旧稿', included: false }] }
 */
export function readSavedRequest(settings: Pick<DocumentSettings, 'get'>): RunRequest {
  const choices = readRunChoices(settings) ?? { period: '', area: '', sheets: [] };
  const text: unknown = settings.get(TEMPLATES_SETTING);
  const templates =
    typeof text === 'string' && text.trim() !== '' ? templateSetFromText(text).set : undefined;
  const charts: unknown = settings.get(CHARTS_SETTING);
  return {
    ...choices,
    ...(templates !== undefined ? { templates } : {}),
    ...(typeof charts === 'object' && charts !== null ? { charts: chartSettings(charts) } : {}),
  };
}

/**
 * The saved period, area and sheet choices, or null when none were saved.
 *
 * @example
 * readRunChoices(settings)?.period // "上半年"
 */
export function readRunChoices(settings: Pick<DocumentSettings, 'get'>): SavedRunChoices | null {
  const saved: unknown = settings.get(RUN_SETTING);
  if (typeof saved !== 'object' || saved === null) return null;
  const { period, area, unitWord, sheets } = saved as Record<string, unknown>;
  return {
    period: typeof period === 'string' ? period : '',
    area: typeof area === 'string' ? area : '',
    ...(typeof unitWord === 'string' && unitWord !== '' ? { unitWord } : {}),
    sheets: Array.isArray(sheets) ? sheets.filter(isSheetChoice).map(cleanChoice) : [],
  };
}

/**
 * Saves a run's period, area and sheet choices in the workbook (`saveAsync`), for the next
 * task pane and the ribbon. Rejects with Office's message when saving fails.
 *
 * @example
 * await saveRunChoices(Office.context.document.settings, request);
 */
export function saveRunChoices(settings: DocumentSettings, request: RunRequest): Promise<void> {
  const choices: SavedRunChoices = {
    period: request.period,
    area: request.area,
    ...(request.unitWord !== undefined && request.unitWord !== ''
      ? { unitWord: request.unitWord }
      : {}),
    sheets: request.sheets.map(cleanChoice),
  };
  settings.set(RUN_SETTING, choices);
  if (request.charts !== undefined) settings.set(CHARTS_SETTING, chartSettings(request.charts));
  return saveSettings(settings);
}

/**
 * Writes the in-memory settings into the document.
 *
 * @example
 * settings.set(TEMPLATES_SETTING, text);
 * await saveSettings(settings);
 */
export function saveSettings(settings: Pick<DocumentSettings, 'saveAsync'>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    settings.saveAsync((result) => {
      // Office.AsyncResultStatus.Failed is the string "failed" in office.js; compared as
      // text so that this runs where the Office global is absent (tests).
      if (String(result.status) === 'failed') {
        reject(new Error(result.error?.message ?? 'saveAsync failed'));
      } else {
        resolve();
      }
    });
  });
}

/**
 * Re-reads the settings saved in the document into this runtime's copy (the ribbon's
 * runtime may have loaded them before the task pane saved). Resolves either way: on failure,
 * or where `refreshAsync` is missing, the copy in memory is used.
 *
 * @example
 * await refreshSettings(Office.context.document.settings);
 */
export function refreshSettings(settings: DocumentSettings): Promise<void> {
  if (settings.refreshAsync === undefined) return Promise.resolve();
  return new Promise<void>((resolve) => {
    settings.refreshAsync?.(() => resolve());
  });
}

/**
 * The pipeline options of a run request: period and area words, the sheets marked as
 * totals, the templates, the draft to check.
 *
 * @example
 * requestPipelineOptions({ period: '上半年', area: '园区', sheets: [] })
 * // { period: '上半年', area: '园区' }
 */
export function requestPipelineOptions(request: RunRequest): PipelineOptions {
  const totalSheets = totalSheetNames(request.sheets);
  return {
    area: request.area,
    period: request.period,
    ...(request.unitWord !== undefined && request.unitWord !== ''
      ? { unitWord: request.unitWord }
      : {}),
    ...(totalSheets.length > 0 ? { parse: { totalSheets } } : {}),
    ...(request.templates !== undefined ? { templates: request.templates } : {}),
    ...(request.draft !== undefined ? { draft: request.draft } : {}),
  };
}

/**
 * Runs the engine on the open workbook's grids as a request says: the task pane's run and
 * the ribbon's 一键汇总 both call this.
 *
 * @example
 * const result = await runRequest(grids, readSavedRequest(settings));
 */
export async function runRequest(
  grids: WorkbookGrids,
  request: RunRequest,
): Promise<PipelineResult> {
  // The Chinese converters load (as chunks, in a browser) only when the run needs them.
  await prepareConverters([grids], { texts: totalSheetNames(request.sheets) });
  return runPipeline(excludeSheets([grids], request.sheets), requestPipelineOptions(request));
}

function isSheetChoice(value: unknown): value is SheetChoice {
  if (typeof value !== 'object' || value === null) return false;
  const { id, sheet, included } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof sheet === 'string' && typeof included === 'boolean';
}

function cleanChoice(choice: SheetChoice): SheetChoice {
  return {
    id: choice.id,
    sheet: choice.sheet,
    included: choice.included,
    ...(choice.asTotal === true ? { asTotal: true } : {}),
  };
}
