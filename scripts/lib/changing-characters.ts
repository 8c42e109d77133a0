import * as OpenCC from 'opencc-js';

/** A dictionary as opencc-js ships it: "key value|key value" or [key, value] pairs. */
type Dictionary = string | readonly (readonly [string, string])[];

/**
 * Every dictionary the tw -> cn converter reads: its configuration's normalisation and
 * conversion chains (what it uses), and the plain tw and cn dictionaries (what it falls
 * back to); reading more than it uses only makes the check more cautious.
 */
function converterDictionaries(): Dictionary[] {
  const { Locale } = OpenCC as unknown as {
    Locale: {
      from: Record<string, unknown>;
      to: Record<string, unknown>;
      configs?: Record<string, { normalizationChain?: unknown; conversionChain?: unknown }>;
    };
  };
  const config = Locale.configs?.['tw2s'];
  const found: Dictionary[] = [];
  // A pair is [key, value]; a key has no space, where a serialised dictionary has many.
  const isPair = (entry: unknown): boolean =>
    Array.isArray(entry) &&
    entry.length === 2 &&
    typeof entry[0] === 'string' &&
    typeof entry[1] === 'string' &&
    !entry[0].includes(' ');
  const walk = (item: unknown): void => {
    if (typeof item === 'string') found.push(item);
    else if (Array.isArray(item)) {
      if (item.length > 0 && item.every(isPair)) {
        found.push(item as readonly (readonly [string, string])[]);
      } else item.forEach(walk);
    }
  };
  [config?.normalizationChain, config?.conversionChain, Locale.from['tw'], Locale.to['cn']].forEach(
    walk,
  );
  return found;
}

/**
 * The characters opencc-js's tw -> cn converter may change, in code point order: of each
 * dictionary entry, the key's characters that differ from the value's at the same place (all
 * of them when the lengths differ). A text with none of them comes out of the converter as
 * it went in: every match it could make replaces a key with itself.
 *
 * @example
 * changingCharacters().includes('規') // true
 * changingCharacters().includes('规') // false
 */
export function changingCharacters(): string {
  const codes = new Set<number>();
  // Code point by code point; where the lengths differ (or a character's size does), every
  // character of the key counts, which is only more cautious.
  const add = (key: string, value: string): void => {
    const space = value.indexOf(' ');
    const to = space < 0 ? value : value.slice(0, space);
    for (let i = 0; i < key.length;) {
      const code = key.codePointAt(i) as number;
      if (key.length !== to.length || code !== to.codePointAt(i)) codes.add(code);
      i += code > 0xffff ? 2 : 1;
    }
  };
  for (const dictionary of converterDictionaries()) {
    if (typeof dictionary === 'string') {
      for (const entry of dictionary.split('|')) {
        const space = entry.indexOf(' ');
        if (space > 0) add(entry.slice(0, space), entry.slice(space + 1));
      }
    } else {
      for (const [key, value] of dictionary) add(key, value);
    }
  }
  return String.fromCodePoint(...[...codes].sort((a, b) => a - b));
}
