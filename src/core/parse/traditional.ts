import { CHANGING_CHARACTERS } from './changing-characters';

/**
 * Traditional -> Simplified Chinese with opencc-js (Taiwan standard to mainland), cached
 * per text it converts: building the converter and converting are slow.
 *
 * The converter (opencc-js's tw -> cn dictionaries, 109 KB) is not imported here, so that
 * a page that never meets a Traditional character never loads it: a host installs it with
 * `installSimplifier` (on first use, `src/app/install-converters.ts`, in Node) or, in a
 * browser, awaits `prepareConverters` (`src/core/prepare-converters.ts`) before it runs the
 * engine on grids, which loads it as a separate chunk only when some text needs it.
 */

/** A text converter (opencc-js's `Converter` result). */
export type Convert = (text: string) => string;

let converter: Convert | null = null;
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * Characters that are valid Simplified Chinese but that the tw -> cn converter would change
 * when they are not part of a traditional phrase (显著 would become 显着). They are kept.
 */
const SIMPLIFIED_KEEP = new Set([
  '么',
  '乾',
  '著',
  '菸',
  '薹',
  '拚',
  '捱',
  '摺',
  '吒',
  '榘',
  '袷',
  '麴',
  '醣',
]);

// Every CJK Unified Ideograph; plain ASCII/Latin text never needs the converter.
const HAS_CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;

function getConverter(): Convert {
  if (converter === null) {
    throw new TypeError(
      'toSimplified: a Traditional text was met before the converter was installed (await prepareConverters first)',
    );
  }
  return converter;
}

/**
 * Installs the Traditional -> Simplified converter (`createSimplifier` of
 * `./simplifier`): the engine converts with it from then on.
 *
 * @example
 * installSimplifier(createSimplifier());
 * toSimplified('規模以上工業產值') // "规模以上工业产值"
 */
export function installSimplifier(convert: Convert): void {
  converter = convert;
  cache.clear();
}

/**
 * Whether the converter is installed (no need to load it again).
 *
 * @example hasSimplifier() // false on a page that met no Traditional text yet
 */
export function hasSimplifier(): boolean {
  return converter !== null;
}

/**
 * Whether `text` has a character the converter may change: the test `toSimplified` makes
 * before it converts, so a host that finds no such text needs no converter.
 *
 * @example
 * needsConversion('规模以上工业产值') // false
 * needsConversion('規模以上工業產值') // true
 */
export function needsConversion(text: string): boolean {
  return HAS_CJK.test(text) && mayChange(text);
}

/**
 * The characters the converter may change, read on first use from `CHANGING_CHARACTERS`:
 * generated from opencc's own dictionaries (`npm run characters`), because working them out
 * on first use took 10 ms, most of the engine's time on a small county.
 */
let changing: ChangingCharacters | null = null;

/**
 * The changing characters as a bit per code unit of the Basic Multilingual Plane (8 KB)
 * and a set of the others: every label and header text is checked, most of them unique
 * (a sheet's title), and a bit test per character is many times faster than a set lookup
 * of a one-character string.
 */
interface ChangingCharacters {
  readonly bmp: Uint8Array;
  readonly astral: Set<number>;
}

function changingCharacters(): ChangingCharacters {
  if (changing !== null) return changing;
  const bmp = new Uint8Array(0x10000 >> 3);
  const astral = new Set<number>();
  for (let i = 0; i < CHANGING_CHARACTERS.length; i++) {
    const code = CHANGING_CHARACTERS.codePointAt(i) as number;
    if (code > 0xffff) {
      astral.add(code);
      i++;
    } else bmp[code >> 3] = (bmp[code >> 3] as number) | (1 << (code & 7));
  }
  return (changing = { bmp, astral });
}

/**
 * Whether the converter may change `text` (see `changingCharacters`).
 *
 * @example
 * mayChange('规模以上工业产值') // false
 * mayChange('規模以上工業產值') // true
 */
export function mayChange(text: string): boolean {
  const { bmp, astral } = changingCharacters();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const code = text.codePointAt(i) as number;
      if (code > 0xffff) {
        // A surrogate pair: a character outside the BMP.
        if (astral.has(code)) return true;
        i++;
        continue;
      }
    }
    if (((bmp[unit >> 3] as number) & (1 << (unit & 7))) !== 0) return true;
  }
  return false;
}

/**
 * Converts Traditional characters to Simplified ones; Simplified text is returned unchanged.
 *
 * @example
 * toSimplified('規模以上工業產值') // "规模以上工业产值"
 * toSimplified('显著') // "显著"
 */
export function toSimplified(text: string): string {
  // Most texts are Simplified already: the converter is neither built nor run for them, and
  // they are not cached (the check is cheaper than a lookup, and most are unique).
  if (!needsConversion(text)) return text;
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const converted = getConverter()(text);
  let result = converted;
  if (converted !== text && converted.length === text.length) {
    let merged = '';
    for (let i = 0; i < text.length; i += 1) {
      const original = text.charAt(i);
      merged += SIMPLIFIED_KEEP.has(original) ? original : converted.charAt(i);
    }
    result = merged;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result;
}
