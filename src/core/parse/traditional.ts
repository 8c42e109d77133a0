import * as OpenCC from 'opencc-js';

/**
 * Traditional -> Simplified Chinese with opencc-js (Taiwan standard to mainland), created
 * lazily on first use and cached per text: building the converter and converting are slow.
 */

type Convert = (text: string) => string;

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
  if (converter === null) converter = OpenCC.Converter({ from: 'tw', to: 'cn' });
  return converter;
}

/**
 * Converts Traditional characters to Simplified ones; Simplified text is returned unchanged.
 *
 * @example
 * toSimplified('規模以上工業產值') // "规模以上工业产值"
 * toSimplified('显著') // "显著"
 */
export function toSimplified(text: string): string {
  if (!HAS_CJK.test(text)) return text;
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
