import { createTraditionalizer } from './narrative/traditionalizer';
import { hasTraditionalizer, installTraditionalizer } from './narrative/to-traditional';
import { createSimplifier } from './parse/simplifier';
import { hasSimplifier, installSimplifier, type Convert } from './parse/traditional';

/**
 * Installs both Chinese converters at once, for Node (the command line, scripts, tests):
 * there a few hundred kilobytes read from disk cost nothing, and every synchronous engine
 * call can then meet Traditional text or ask for zh-TW output. Each converter is built on
 * its first use (building both took 0.2 s of CPU, a third of a small county's run, which
 * most runs never need). Browser hosts use `prepareConverters` instead, which loads only
 * what a run needs.
 *
 * @example
 * installConverters();
 * runPipeline(grids, { locale: 'zh-TW' });
 */
export function installConverters(): void {
  if (!hasSimplifier()) installSimplifier(builtOnFirstUse(createSimplifier));
  if (!hasTraditionalizer()) installTraditionalizer(builtOnFirstUse(createTraditionalizer));
}

/** A converter that calls `create` on its first conversion and keeps the result. */
function builtOnFirstUse(create: () => Convert): Convert {
  let convert: Convert | null = null;
  return (text) => (convert ??= create())(text);
}
