import { reportSheets } from '../core/report';
import { formatMessage } from '../core/diagnostics/format';
import type { Issue } from '../core/diagnostics/issue';
import type { WorkbookGrids } from '../core/grid';
import { runPipeline, type StageRunner } from '../core/pipeline';
import { prepareConverters } from '../core/prepare-converters';
import { writeWorkbook } from '../host/xlsx/write-workbook';
import { sha256Hex } from './content-hash';
import { dedupeInputs } from './dedupe-inputs';
import type { ChosenFile, FoundSheet, HostActions, RunOutcome, RunProgress } from './host-actions';
import { isOldFormatName, oldFormatError, oldFormatNotice } from './input-formats';
import {
  excludeSheets,
  findingViews,
  outcomeCounts,
  scanWorkbooks,
  totalSheetNames,
} from './pipeline-view';
import { noTownshipError } from './no-township';
import { readCheckedWorkbook } from './read-checked-workbook';
import { requestPipelineOptions } from './saved-settings';
import { screenResults } from './result-inputs';
import { defaultStorage, storedTemplates, type TemplateStorage } from './template-storage';
import { UserError } from './user-error';

/** The chosen files to consolidate, and what the user must know about the others. */
interface ReadChosen {
  readonly workbooks: WorkbookGrids[];
  /** Old formats, copies of another file, our own results left out: 审核 findings. */
  readonly notices: Issue[];
  /** Hex SHA-256 of each workbook's file: the result's marker names its sources so. */
  readonly hashes: string[];
}

export interface StandaloneActionsOptions {
  /** Where templates are saved; default `globalThis.localStorage`. */
  readonly storage?: TemplateStorage | null;
}

export { TEMPLATES_STORAGE_KEY, type TemplateStorage } from './template-storage';

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
  const hashes = new Map<string, Promise<string>>();
  const storage = options.storage === undefined ? defaultStorage() : options.storage;

  function cached<T>(cache: Map<string, Promise<T>>, name: string, make: () => Promise<T>) {
    let made = cache.get(name);
    if (made === undefined) {
      made = make();
      cache.set(name, made);
    }
    return made;
  }

  /**
   * As the command line does: an .xls, .et or .csv is a 错误 notice and the rest go on (a
   * one-line error when nothing else is left); the same content under two names is read
   * once, with a 错误; our own result made from another chosen file is left out.
   */
  async function readAll(
    onFile?: (file: string, done: number, total: number) => void,
  ): Promise<ReadChosen> {
    if (files.size === 0) throw new UserError('ui.files.no-files');
    const notices: Issue[] = [];
    const candidates: { name: string; bytes: Uint8Array }[] = [];
    for (const [name, bytes] of files) {
      if (isOldFormatName(name)) notices.push(oldFormatNotice(name, name));
      else candidates.push({ name, bytes });
    }
    const first = notices[0];
    if (candidates.length === 0 && first !== undefined) {
      throw oldFormatError(String(first.params['file']));
    }
    const identified = await Promise.all(
      candidates.map(async ({ name, bytes }) => ({
        name,
        bytes,
        shown: name,
        file: name,
        hash: await cached(hashes, name, () => sha256Hex(bytes)),
      })),
    );
    const deduped = dedupeInputs(identified);
    // One file after another: progress per file, and one workbook's cells in memory at a time.
    const read = [];
    for (const [index, input] of deduped.kept.entries()) {
      onFile?.(input.name, index + 1, deduped.kept.length);
      const workbook = await cached(grids, input.name, () => readChosen(input.name, input.bytes));
      read.push({ ...input, inFolder: false, grids: workbook });
    }
    const screened = screenResults(read);
    notices.push(...deduped.notices, ...screened.notices);
    return {
      workbooks: screened.kept.map((input) => input.grids),
      notices,
      hashes: screened.kept.map((input) => input.hash),
    };
  }

  return {
    kind: 'standalone',
    canSelectCell: false,
    files: {
      add(chosen: readonly ChosenFile[]) {
        for (const file of chosen) {
          files.set(file.name, file.bytes);
          grids.delete(file.name);
          hashes.delete(file.name);
        }
        return Promise.resolve([...files.keys()]);
      },
      remove(name: string) {
        files.delete(name);
        grids.delete(name);
        hashes.delete(name);
        return Promise.resolve([...files.keys()]);
      },
      clear() {
        files.clear();
        grids.clear();
        hashes.clear();
        return Promise.resolve();
      },
    },
    async scan(): Promise<readonly FoundSheet[]> {
      // The parse stage alone (roles and skip reasons): the rest of the engine runs once,
      // on 一键汇总. The grids read here are kept for that run.
      const { workbooks, notices } = await readAll();
      await prepareConverters(workbooks);
      return scanWorkbooks(workbooks, notices);
    },
    async run(request, onProgress): Promise<RunOutcome> {
      onProgress({ stage: 'read', fraction: 0 });
      const chosen = await readAll((file, done, total) =>
        onProgress({
          stage: 'read',
          fraction: (0.3 * (done - 1)) / total,
          detail: { code: 'ui.progress.file', params: { file, done, total } },
        }),
      );
      const workbooks = excludeSheets(chosen.workbooks, request.sheets);
      const totalSheets = totalSheetNames(request.sheets);
      await prepareConverters(workbooks, { texts: totalSheets });
      const result = runPipeline(
        workbooks,
        { ...requestPipelineOptions(request), notices: chosen.notices },
        reportingStages(onProgress),
      );
      const noTownship = noTownshipError(result, [...files.keys()].join('、'));
      if (noTownship !== null) throw noTownship;
      onProgress({ stage: 'write', fraction: 0.6 });
      const marker = { ...result.words, sources: chosen.hashes };
      const bytes = await writeWorkbook(result.sheets, [], { marker });
      const findings = findingViews(result);
      onProgress({ stage: 'done', fraction: 1 });
      return {
        findings,
        narrative: result.paragraphs,
        counts: outcomeCounts(result, findings),
        output: { kind: 'download', fileName: formatMessage('ui.result.file-name'), bytes },
        words: result.words,
        consolidation: result.consolidation,
        ...(result.draftCheck !== undefined ? { draftCheck: result.draftCheck } : {}),
        reportSheets: reportSheets(result.sheets),
      };
    },
    selectCell(sheet: string, cell: string) {
      return Promise.reject(
        new UserError('ui.error.select-unavailable', { address: `${sheet}!${cell}` }),
      );
    },
    ...storedTemplates(storage),
  };
}

/** The engine's steps as they start, and where each one puts the run (0.3 to 0.6). */
const STEP_FRACTIONS = {
  parse: 0.3,
  consolidate: 0.4,
  audit: 0.45,
  narrative: 0.5,
  output: 0.55,
} as const;

/**
 * A stage runner that reports each engine step before it runs it (one report for the
 * four output sheets).
 *
 * @example runPipeline(grids, options, reportingStages(onProgress));
 */
export function reportingStages(onProgress: (progress: RunProgress) => void): StageRunner {
  return (name, run) => {
    const step = name.startsWith('output:') ? 'output' : name;
    if (step in STEP_FRACTIONS && (step !== 'output' || name === 'output:汇总')) {
      const known = step as keyof typeof STEP_FRACTIONS;
      onProgress({
        stage: 'compute',
        fraction: STEP_FRACTIONS[known],
        detail: { code: `ui.progress.step.${known}` },
      });
    }
    return run();
  };
}

function readChosen(name: string, bytes: Uint8Array): Promise<WorkbookGrids> {
  return readCheckedWorkbook(bytes, name);
}
