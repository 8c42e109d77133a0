import type { Consolidation, ConsolidatedIndicator } from '../model';
import { DEFAULT_ALIASES } from '../parse';
import { AREA_WORDS, DRAFT_SHORT_FORMS, PERIOD_WORDS } from './short-forms';

/** A word of the draft that names something the checker follows. */
export type Mention =
  | { readonly type: 'area'; readonly word: string }
  | { readonly type: 'township'; readonly word: string }
  | { readonly type: 'indicator'; readonly word: string; readonly indicator: ConsolidatedIndicator }
  | { readonly type: 'period'; readonly word: string; readonly months: number | null };

/** A mention found at offsets of a paragraph. */
export interface FoundMention {
  readonly mention: Mention;
  readonly start: number;
  readonly end: number;
}

/** Aliases that start with a summary's verb are left to the verb and the name after it. */
const VERB_PREFIX = /^(?:实现|完成)/;

/** The words to look for, grouped by their first character, longest first. */
export interface Lexicon {
  readonly byFirst: ReadonlyMap<string, readonly Mention[]>;
}

function add(map: Map<string, Mention[]>, mention: Mention): void {
  const first = mention.word[0];
  if (first === undefined) return;
  const list = map.get(first) ?? [];
  if (!list.some((m) => m.word === mention.word)) list.push(mention);
  map.set(first, list);
}

/**
 * The words the checker follows in a draft, from the data: township names, area words,
 * period words (the run's own first), and each indicator by its name, the parser's aliases and the drafts'
 * short forms (工业产值, 税收, 招商引资, 员工…), also without a final 数 (入园企业).
 *
 * @example
 * buildLexicon(consolidation, '园区').byFirst.get('税') // [{ type: 'indicator', word: '税收', … }]
 */
export function buildLexicon(
  consolidation: Consolidation,
  area: string,
  period: { readonly word: string; readonly months: number | null } = { word: '', months: null },
): Lexicon {
  const map = new Map<string, Mention[]>();
  for (const word of consolidation.townships) add(map, { type: 'township', word });
  const byName = new Map(consolidation.indicators.map((i) => [i.name, i]));
  for (const indicator of consolidation.indicators) {
    add(map, { type: 'indicator', word: indicator.name, indicator });
    if (indicator.name.endsWith('数') && indicator.name.length >= 4) {
      add(map, { type: 'indicator', word: indicator.name.slice(0, -1), indicator });
    }
  }
  for (const [word, name] of [
    ...Object.entries(DEFAULT_ALIASES),
    ...Object.entries(DRAFT_SHORT_FORMS),
  ]) {
    const indicator = byName.get(name);
    // 实现利润, 完成固定资产投资: the verb is read as a verb, so that 实现利润总额 reads whole.
    if (indicator !== undefined && !VERB_PREFIX.test(word)) {
      add(map, { type: 'indicator', word, indicator });
    }
  }
  for (const word of new Set([area, ...AREA_WORDS])) {
    if (word !== '') add(map, { type: 'area', word });
  }
  // The run's own period word (上半年, 本期) first: it is the data's period.
  if (period.word !== '') add(map, { type: 'period', word: period.word, months: period.months });
  for (const [word, months] of Object.entries(PERIOD_WORDS)) {
    add(map, { type: 'period', word, months });
  }
  for (const list of map.values()) list.sort((a, b) => b.word.length - a.word.length);
  return { byFirst: map };
}

const MONTHS = /^1[-－~～至到—]([1-9]|1[0-2])月(?:份)?/;

/**
 * The mentions of a paragraph outside the given spans (the statements), longest word
 * first at each place, in reading order. 1-N月 is read as a period of N months.
 *
 * @example
 * findMentions(lexicon, '东城镇上半年实现工业总产值', []).map((m) => m.mention.word)
 * // ['东城镇', '上半年', '工业总产值']
 */
export function findMentions(
  lexicon: Lexicon,
  text: string,
  taken: readonly { readonly start: number; readonly end: number }[],
): FoundMention[] {
  const found: FoundMention[] = [];
  let span = 0;
  for (let at = 0; at < text.length;) {
    while (span < taken.length && (taken[span]?.end ?? 0) <= at) span += 1;
    const next = taken[span];
    if (next !== undefined && next.start <= at) {
      at = next.end;
      continue;
    }
    const limit = next?.start ?? text.length;
    const months = MONTHS.exec(text.slice(at, at + 8));
    if (months !== null && at + months[0].length <= limit) {
      const word = months[0];
      found.push({
        mention: { type: 'period', word, months: Number(months[1]) },
        start: at,
        end: at + word.length,
      });
      at += word.length;
      continue;
    }
    const hit = lexicon.byFirst
      .get(text[at] ?? '')
      ?.find((m) => at + m.word.length <= limit && text.startsWith(m.word, at));
    if (hit === undefined) {
      at += 1;
      continue;
    }
    found.push({ mention: hit, start: at, end: at + hit.word.length });
    at += hit.word.length;
  }
  return found;
}
