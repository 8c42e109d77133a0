import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/**
 * Asks V8 for a full garbage collection, once the inputs' grids are garbage and before a
 * large result is written (Node only). V8 otherwise leaves them until its heap limit
 * nears, and at a thousand townships that peak (grids + result + writer) is what the
 * memory use of a run is. Does nothing where V8 refuses (`gc` not made available).
 *
 * @example
 * releaseMemory(); // after runPipeline, before writeWorkbookFile
 */
export function releaseMemory(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
