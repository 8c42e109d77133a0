import type { Unit } from '../model/unit';
import { DEFAULT_ALIASES } from './aliases';
import { toSimplified } from './traditional';
import { leadingSpaceWidth, removeSpaces, toHalfWidth } from './text';
import { parseUnitText } from './unit-text';

/** What a label cell says, taken apart. */
export interface NormalisedLabel {
  /** As written, outer spaces trimmed: "其中：規模以上工業產值（万元）". */
  readonly label: string;
  /** Matching name: numbering, 其中/#, unit suffix and spaces removed, simplified, aliased. */
  readonly name: string;
  /** For messages: the label without numbering, 其中/# and unit suffix, as written. */
  readonly display: string;
  /** The numbering as written ("一、", "（一）", "1."), or null. */
  readonly numbering: string | null;
  /** Whether the label starts with 其中 or #: the row is an item of a row above. */
  readonly childMarker: boolean;
  /** Width (in indentation levels) of the leading spaces before the label text. */
  readonly indent: number;
  /** Width of the numbering/其中/# prefix (full-width characters count 1, others 0.5). */
  readonly prefixWidth: number;
  /** A unit written in parentheses at the end ("（万元）" -> "万元"), if it is a known unit. */
  readonly unitText: string | null;
  readonly unit: Unit | null;
}

const NUMBERING =
  /^(?:[一二三四五六七八九十百]+[、.,]|\([一二三四五六七八九十百\d]+\)[、.]?|\d+(?:\.\d+)+[、.]?|\d+[、.)]|[\u2460-\u249B]|[\u2160-\u216B][、.]?|第[一二三四五六七八九十]+[、.,])/;
const CHILD_MARKER = /^(?:其中[:]?|#+)/;
const LEADING_SPACES = /^\s+/;
const UNIT_SUFFIX = /\(([^()]*)\)$/;
const TRAILING_COLON = /[:]+$/;

type AliasMap = ReadonlyMap<string, string>;

const defaultCache = new Map<string, NormalisedLabel>();
const userCaches = new WeakMap<Readonly<Record<string, string>>, Map<string, NormalisedLabel>>();
const aliasMaps = new WeakMap<Readonly<Record<string, string>>, AliasMap>();
const CACHE_LIMIT = 50_000;

let defaultAliasMap: AliasMap | null = null;

function widthOf(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2e80 && ch !== '\u3000' ? 0.5 : 1;
  return width;
}

interface Stripped {
  readonly base: string;
  readonly display: string;
  readonly numbering: string | null;
  readonly childMarker: boolean;
  readonly prefixWidth: number;
  readonly unitText: string | null;
  readonly unit: Unit | null;
}

/** Numbering, 其中/#, unit suffix and spaces removed; no traditional conversion, no alias. */
function strip(trimmed: string): Stripped {
  // toHalfWidth maps one character to one character, so indices agree with `trimmed`.
  const folded = toHalfWidth(trimmed);
  let start = 0;
  let numbering: string | null = null;
  let childMarker = false;
  for (let guard = 0; guard < 6; guard += 1) {
    const rest = folded.slice(start);
    const spaces = LEADING_SPACES.exec(rest);
    if (spaces) {
      start += spaces[0].length;
      continue;
    }
    const marker = CHILD_MARKER.exec(rest);
    if (marker) {
      childMarker = true;
      start += marker[0].length;
      continue;
    }
    const number = NUMBERING.exec(rest);
    if (number) {
      numbering ??= trimmed.slice(start, start + number[0].length);
      start += number[0].length;
      continue;
    }
    break;
  }
  let end = folded.length;
  let unitText: string | null = null;
  let unit: Unit | null = null;
  const suffix = UNIT_SUFFIX.exec(folded.slice(start).trimEnd());
  if (suffix?.[1] !== undefined) {
    const parsed = parseUnitText(suffix[1]);
    if (parsed !== null) {
      unit = parsed;
      unitText = suffix[1].trim();
      end = start + suffix.index;
    }
  }
  const display = trimmed.slice(start, end).trim();
  const base = removeSpaces(folded.slice(start, end)).replace(TRAILING_COLON, '');
  return {
    base,
    display: display === '' ? trimmed : display,
    numbering,
    childMarker,
    prefixWidth: widthOf(trimmed.slice(0, start)),
    unitText,
    unit,
  };
}

/** The matching name of a text, without aliases: used for alias keys and values too. */
function baseName(text: string): string {
  return toSimplified(strip(text.trim()).base);
}

function buildAliasMap(aliases: Readonly<Record<string, string>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [variant, canonical] of Object.entries(aliases)) {
    const from = baseName(variant);
    const to = baseName(canonical);
    if (from !== '' && to !== '' && from !== to) map.set(from, to);
  }
  return map;
}

function aliasMapFor(aliases: Readonly<Record<string, string>> | undefined): AliasMap {
  defaultAliasMap ??= buildAliasMap(DEFAULT_ALIASES);
  if (aliases === undefined) return defaultAliasMap;
  let map = aliasMaps.get(aliases);
  if (map === undefined) {
    const merged = new Map(defaultAliasMap);
    for (const [from, to] of buildAliasMap(aliases)) merged.set(from, to);
    map = merged;
    aliasMaps.set(aliases, map);
  }
  return map;
}

function applyAliases(name: string, map: AliasMap): string {
  let current = name;
  // Follow chains (a -> b -> c) a few steps; a cycle stops where it started.
  for (let step = 0; step < 4; step += 1) {
    const next = map.get(current);
    if (next === undefined || next === name) break;
    current = next;
  }
  return current;
}

/**
 * Takes a label cell apart for matching across sheets: trims (full-width spaces and NBSP
 * too), folds full-width ASCII, strips numbering, 其中/# and a unit suffix, converts
 * Traditional to Simplified and applies the default and user aliases. Results are cached.
 *
 * @example
 * normaliseLabel('  其中：規模以上工業產值（万元）')
 * // { label: '其中：規模以上工業產值（万元）', name: '规模以上工业产值',
 * //   display: '規模以上工業產值', numbering: null, childMarker: true, indent: 1,
 * //   prefixWidth: 3, unitText: '万元', unit: { symbol: '万元', … } }
 * normaliseLabel('一、税收收入').name // "工商税收"
 * normaliseLabel('本地税', { 本地税: '地方税收' }).name // "地方税收"
 */
export function normaliseLabel(
  label: string,
  aliases?: Readonly<Record<string, string>>,
): NormalisedLabel {
  let cache = defaultCache;
  if (aliases !== undefined) {
    const userCache = userCaches.get(aliases);
    if (userCache === undefined) {
      cache = new Map();
      userCaches.set(aliases, cache);
    } else {
      cache = userCache;
    }
  }
  const hit = cache.get(label);
  if (hit !== undefined) return hit;

  const trimmed = label.trim();
  const stripped = strip(trimmed);
  const result: NormalisedLabel = {
    label: trimmed,
    name: applyAliases(toSimplified(stripped.base), aliasMapFor(aliases)),
    display: stripped.display,
    numbering: stripped.numbering,
    childMarker: stripped.childMarker,
    indent: leadingSpaceWidth(label),
    prefixWidth: stripped.prefixWidth,
    unitText: stripped.unitText,
    unit: stripped.unit,
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(label, result);
  return result;
}
