import { formatMessage } from '../core/diagnostics/format';
import type { WorkbookGrids } from '../core/grid';
import { runPipeline } from '../core/pipeline';
import { writeWorkbook } from '../host/xlsx/write-workbook';
import type { ChosenFile, FoundSheet, HostActions, RunOutcome } from './host-actions';
import {
  excludeSheets,
  findingViews,
  outcomeCounts,
  SCAN_OPTIONS,
  scanSheets,
  totalSheetNames,
} from './pipeline-view';
import { readCheckedWorkbook } from './read-checked-workbook';
import { UserError } from './user-error';

/** The storage the standalone page keeps templates in (localStorage in a browser). */
export interface TemplateStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface StandaloneActionsOptions {
  /** Where templates are saved; default `globalThis.localStorage`. */
  readonly storage?: TemplateStorage | null;
}

/** The localStorage key of the saved narrative templates. */
export const TEMPLATES_STORAGE_KEY = 'park-stats.templates';

/**
 * Host actions for the standalone page (and the task pane outside Excel): chosen files
 * are kept in memory, read with the exceljs host, run through the pipeline, and the
 * result workbook is returned as bytes to download. Nothing leaves the machine.
 *
 * @example
 * const actions = createStandaloneActions();
 * await actions.files?.add([{ name: '县域示例.xlsx', bytes }]);
 * const outcome = await actions.run({ period: '', area: '', sheets: [] }, () => {});
 * outcome.output // { kind: 'download', fileName: '汇总结果.xlsx', bytes: Uint8Array }
 */
export function createStandaloneActions(options: StandaloneActionsOptions = {}): HostActions {
  const files = new Map<string, Uint8Array>();
  const grids = new Map<string, Promise<WorkbookGrids>>();
  const storage = options.storage === undefined ? defaultStorage() : options.storage;

  function readAll(): Promise<WorkbookGrids[]> {
    if (files.size === 0) return Promise.reject(new UserError('ui.files.no-files'));
    return Promise.all(
      [...files.entries()].map(([name, bytes]) => {
        let read = grids.get(name);
        if (read === undefined) {
          read = readChosen(name, bytes);
          grids.set(name, read);
        }
        return read;
      }),
    );
  }

  return {
    kind: 'standalone',
    canSelectCell: false,
    files: {
      add(chosen: readonly ChosenFile[]) {
        for (const file of chosen) {
          files.set(file.name, file.bytes);
          grids.delete(file.name);
        }
        return Promise.resolve([...files.keys()]);
      },
      clear() {
        files.clear();
        grids.clear();
        return Promise.resolve();
      },
    },
    async scan(): Promise<readonly FoundSheet[]> {
      const workbooks = await readAll();
      return scanSheets(workbooks, runPipeline(workbooks, SCAN_OPTIONS));
    },
    async run(request, onProgress): Promise<RunOutcome> {
      onProgress({ stage: 'read', fraction: 0 });
      const workbooks = excludeSheets(await readAll(), request.sheets);
      onProgress({ stage: 'compute', fraction: 0.3 });
      const totalSheets = totalSheetNames(request.sheets);
      const result = runPipeline(workbooks, {
        area: request.area,
        period: request.period,
        ...(totalSheets.length > 0 ? { parse: { totalSheets } } : {}),
        ...(request.templates !== undefined ? { templates: request.templates } : {}),
      });
      if (result.tables.length === 0) {
        throw new UserError('read.no-statistics-sheet', { file: [...files.keys()].join('、') });
      }
      onProgress({ stage: 'write', fraction: 0.6 });
      const bytes = await writeWorkbook(result.sheets);
      const findings = findingViews(result);
      onProgress({ stage: 'done', fraction: 1 });
      return {
        findings,
        narrative: result.paragraphs,
        counts: outcomeCounts(result, findings),
        output: { kind: 'download', fileName: formatMessage('ui.result.file-name'), bytes },
        words: result.words,
        consolidation: result.consolidation,
      };
    },
    selectCell(sheet: string, cell: string) {
      return Promise.reject(
        new UserError('ui.error.select-unavailable', { address: `${sheet}!${cell}` }),
      );
    },
    loadTemplates() {
      return Promise.resolve(storage?.getItem(TEMPLATES_STORAGE_KEY) ?? null);
    },
    saveTemplates(text: string) {
      if (storage === null) return Promise.reject(new Error('localStorage is not available'));
      storage.setItem(TEMPLATES_STORAGE_KEY, text);
      return Promise.resolve();
    },
  };
}

function readChosen(name: string, bytes: Uint8Array): Promise<WorkbookGrids> {
  return readCheckedWorkbook(bytes, name);
}

function defaultStorage(): TemplateStorage | null {
  try {
    return (globalThis as { localStorage?: TemplateStorage }).localStorage ?? null;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return null;
  }
}
