import * as Comlink from 'comlink';
import type { HostActions, RunOutcome } from '../app/host-actions';
import { defaultStorage, storedTemplates, type TemplateStorage } from '../app/template-storage';
import { UserError } from '../app/user-error';
import type { Engine } from './engine.worker';
import { fromWorkerOutcome } from './worker-outcome';

/**
 * Host actions for chosen files with the engine in a Web Worker (`engine.worker.ts`):
 * the page only shows; reading, the engine and writing run off the main thread, and
 * report progress per file and per engine step. Templates stay in the page's storage.
 *
 * @example
 * renderApp(createWorkerActions(startEngineWorker()));
 */
export function createWorkerActions(
  engine: Comlink.Remote<Engine>,
  storage: TemplateStorage | null = defaultStorage(),
): HostActions {
  return {
    kind: 'standalone',
    canSelectCell: false,
    files: {
      add: (chosen) => engine.addFiles(chosen.map(({ name, bytes }) => ({ name, bytes }))),
      remove: (name) => engine.removeFile(name),
      clear: () => engine.clearFiles(),
    },
    scan: () => engine.scan(),
    async run(request, onProgress): Promise<RunOutcome> {
      return fromWorkerOutcome(await engine.run(request, Comlink.proxy(onProgress)));
    },
    selectCell(sheet: string, cell: string) {
      return Promise.reject(
        new UserError('ui.error.select-unavailable', { address: `${sheet}!${cell}` }),
      );
    },
    ...storedTemplates(storage),
  };
}
