import * as Comlink from 'comlink';
import type { Engine } from './engine.worker';

/**
 * Starts the engine's Web Worker (webpack bundles `engine.worker.ts`, with exceljs and the
 * engine, as its own file) and returns its comlink proxy.
 *
 * @example createWorkerActions(startEngineWorker())
 */
export function startEngineWorker(): Comlink.Remote<Engine> {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
    name: 'park-stats-engine',
  });
  return Comlink.wrap<Engine>(worker);
}
