import type { Convert } from '../core/parse/traditional';
import { hasTraditionalizer, installTraditionalizer } from '../core/narrative/to-traditional';
import { hasSimplifier, installSimplifier } from '../core/parse/traditional';

type Simplifier = typeof import('../core/parse/simplifier');
type Traditionalizer = typeof import('../core/narrative/traditionalizer');

/**
 * Installs both Chinese converters at once, for Node (the command line, scripts, tests):
 * every synchronous engine call can then meet Traditional text or ask for zh-TW output.
 * Each converter's module is loaded and built on its first use: opencc-js's
 * Simplified -> Traditional dictionaries alone took 30 ms to load, a twentieth of a small
 * county's whole run, which most runs never need. Browser hosts use `prepareConverters`
 * instead, which loads only what a run needs as separate chunks.
 *
 * @example
 * installConverters();
 * runPipeline(grids, { locale: 'zh-TW' });
 */
export function installConverters(): void {
  // Synchronous loads on first use, in Node only (webpack never bundles this module).
  /* eslint-disable @typescript-eslint/no-require-imports */
  if (!hasSimplifier()) {
    installSimplifier(
      builtOnFirstUse(() => (require('../core/parse/simplifier') as Simplifier).createSimplifier()),
    );
  }
  if (!hasTraditionalizer()) {
    installTraditionalizer(
      builtOnFirstUse(() =>
        (require('../core/narrative/traditionalizer') as Traditionalizer).createTraditionalizer(),
      ),
    );
  }
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/** A converter that calls `create` on its first conversion and keeps the result. */
function builtOnFirstUse(create: () => Convert): Convert {
  let convert: Convert | null = null;
  return (text) => (convert ??= create())(text);
}
