import * as Comlink from 'comlink';
import type { ChosenFile, FoundSheet, RunProgress, RunRequest } from '../app/host-actions';
import { createStandaloneActions } from '../app/standalone-actions';
import { toWorkerOutcome, type WorkerOutcome } from './worker-outcome';

/**
 * The engine in a Web Worker (the standalone page, and the task pane outside Excel): the
 * chosen files live here, read with exceljs, parsed, consolidated, audited and written
 * without blocking the page. The page talks to it through comlink (`worker-actions.ts`).
 */
const actions = createStandaloneActions({ storage: null });
const files = actions.files;
if (files === undefined) throw new Error('engine.worker: the standalone actions read no files');

/**
 * What the worker offers the page.
 *
 * @example
 * const engine = Comlink.wrap<Engine>(new Worker(url));
 * await engine.addFiles([{ name: 'a.xlsx', bytes }]);
 */
export const engine = {
  addFiles(chosen: readonly ChosenFile[]): Promise<readonly string[]> {
    return files.add(chosen);
  },
  removeFile(name: string): Promise<readonly string[]> {
    return files.remove(name);
  },
  clearFiles(): Promise<void> {
    return files.clear();
  },
  scan(): Promise<readonly FoundSheet[]> {
    return actions.scan();
  },
  async run(
    request: RunRequest,
    onProgress: (progress: RunProgress) => void | Promise<void>,
  ): Promise<WorkerOutcome> {
    const outcome = await actions.run(request, (progress) => void onProgress(progress));
    const plain = toWorkerOutcome(outcome);
    const bytes = plain.output.kind === 'download' ? [plain.output.bytes.buffer] : [];
    return Comlink.transfer(plain, bytes);
  },
};

/** The worker's interface, as the page's comlink proxy sees it. */
export type Engine = typeof engine;

Comlink.expose(engine);
