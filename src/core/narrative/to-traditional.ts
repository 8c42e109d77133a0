import type { Convert } from '../parse/traditional';

let converter: Convert | null = null;

/**
 * Installs the Simplified -> Traditional converter (`createTraditionalizer` of
 * `./traditionalizer`): on first use in Node (`src/app/install-converters.ts`), in a browser
 * by `prepareConverters({ locale: 'zh-TW' })`, which loads it as its own chunk.
 *
 * @example installTraditionalizer(createTraditionalizer());
 */
export function installTraditionalizer(convert: Convert): void {
  converter = convert;
}

/**
 * Whether the Simplified -> Traditional converter is installed.
 *
 * @example hasTraditionalizer() // false until zh-TW output was asked for
 */
export function hasTraditionalizer(): boolean {
  return converter !== null;
}

/**
 * Simplified -> Traditional Chinese (Taiwan standard) with opencc-js, for zh-TW output.
 * Throws when the converter is not installed (a host must prepare it first).
 *
 * @example
 * toTraditional('园区实现工业总产值18.5亿元') // "園區實現工業總產值18.5億元"
 */
export function toTraditional(text: string): string {
  if (converter === null) {
    throw new TypeError(
      'toTraditional: zh-TW output before the converter was installed (await prepareConverters first)',
    );
  }
  return converter(text);
}
