import { createTraditionalizer } from './narrative/traditionalizer';
import { hasTraditionalizer, installTraditionalizer } from './narrative/to-traditional';
import { createSimplifier } from './parse/simplifier';
import { hasSimplifier, installSimplifier } from './parse/traditional';

/**
 * Installs both Chinese converters at once, for Node (the command line, scripts, tests):
 * there a few hundred kilobytes read from disk cost nothing, and every synchronous engine
 * call can then meet Traditional text or ask for zh-TW output. Browser hosts use
 * `prepareConverters` instead, which loads only what a run needs.
 *
 * @example
 * installConverters();
 * runPipeline(grids, { locale: 'zh-TW' });
 */
export function installConverters(): void {
  if (!hasSimplifier()) installSimplifier(createSimplifier());
  if (!hasTraditionalizer()) installTraditionalizer(createTraditionalizer());
}
