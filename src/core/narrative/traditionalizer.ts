import * as OpenCC from 'opencc-js/cn2t';
import type { Convert } from '../parse/traditional';

/**
 * Builds the Simplified -> Traditional (Taiwan standard) converter for zh-TW output, from
 * opencc-js's one-way build (its phrase dictionary alone is 1 MB: loaded only when zh-TW
 * output is asked for).
 *
 * @example
 * installTraditionalizer(createTraditionalizer());
 */
export function createTraditionalizer(): Convert {
  return OpenCC.Converter({ from: 'cn', to: 'tw' });
}
