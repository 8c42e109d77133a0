import * as OpenCC from 'opencc-js/t2cn';
import type { Convert } from './traditional';

/**
 * Builds the Traditional (Taiwan standard) -> Simplified converter from opencc-js's
 * one-way build: only the Traditional -> Simplified dictionaries (109 KB, against 1.2 MB
 * for both directions). Browser hosts load this module as its own chunk when a text
 * needs it (`prepareConverters`).
 *
 * @example
 * installSimplifier(createSimplifier());
 */
export function createSimplifier(): Convert {
  return OpenCC.Converter({ from: 'tw', to: 'cn' });
}
