import * as OpenCC from 'opencc-js';

let converter: ((text: string) => string) | null = null;

/**
 * Simplified -> Traditional Chinese (Taiwan standard) with opencc-js, for zh-TW output.
 * The converter is built on first use.
 *
 * @example
 * toTraditional('园区实现工业总产值18.5亿元') // "園區實現工業總產值18.5億元"
 */
export function toTraditional(text: string): string {
  if (converter === null) converter = OpenCC.Converter({ from: 'cn', to: 'tw' });
  return converter(text);
}
