import type { ConsolidatedIndicator, Consolidation } from '../model';
import { hasSimplifier, needsConversion, toSimplified } from '../parse/traditional';
import { checkStatement, type Subject } from './check-statement';
import { findStatements, type Statement } from './figure-grammar';
import { buildLexicon, findMentions, type FoundMention, type Lexicon } from './lexicon';
import { foldDigits } from './read-number';
import { AREA_WORDS } from './short-forms';
import type { DraftCheck, DraftFigure, DraftInput } from './types';

/** Ends a sentence or a 分号 clause chain: the indicator is not carried past it. */
const CHAIN_END = /[。！？；;!?]/;
/** Ends a clause: the indicator is carried past it when the next clause names nothing else. */
const CLAUSE_END = /[，、：,:]/;
/**
 * The words a clause may have besides its indicator and figure without naming something
 * else: verbs of the summaries (实现, 完成, 达), the narrative's changes said in words (新增,
 * 扭亏为盈), its zero-base aside (（上年同期为零）), 其中, 目前, the ranking's 居前三位的是.
 */
const FILLER =
  /上年同期亦?为零|实现|完成|达到|达|为|新增|扭亏为盈|由盈转亏|持平|共计|共有|共|累计|总计|合计|其中|目前|截至目前|截止目前|分别|同比|的|已|有|是|今年|居前[一二三四五六七八九十\d]+位|从结构看|从各乡镇看|[\s\d.%（）()“”"'‘’〔〕【】-]/g;
const WORDY = /[\u3400-\u9fffA-Za-z]/;
/** How far back (characters) an excerpt reaches for the clause that named its indicator. */
const EXCERPT_REACH = 30;

/** What the walk carries from statement to statement. */
interface WalkState {
  subject: Subject | null;
  otherPeriod: string | null;
  indicator: ConsolidatedIndicator | null;
  /** Where the clause naming the carried indicator starts. */
  chainStart: number;
  group: string[];
  clauseStart: number;
  /** Whether the clause has words other than fillers since its last mention. */
  dirty: boolean;
  /** After 分别 in the chain: the figures of the list are not paired with their items. */
  respectively: boolean;
}

type DraftEvent =
  | {
      readonly at: number;
      readonly end: number;
      readonly type: 'mention';
      readonly found: FoundMention;
    }
  | {
      readonly at: number;
      readonly end: number;
      readonly type: 'statement';
      readonly statement: Statement;
    }
  | {
      readonly at: number;
      readonly end: number;
      readonly type: 'boundary';
      readonly chain: boolean;
    };

function isDirty(segment: string): boolean {
  return WORDY.test(segment.replace(FILLER, ''));
}

function boundaries(text: string, taken: readonly Statement[]): DraftEvent[] {
  const events: DraftEvent[] = [];
  for (let at = 0; at < text.length; at += 1) {
    const ch = text[at] ?? '';
    const chain = CHAIN_END.test(ch);
    if (!chain && !CLAUSE_END.test(ch)) continue;
    if (taken.some((s) => s.start <= at && at < s.end)) continue;
    events.push({ at, end: at + 1, type: 'boundary', chain });
  }
  return events;
}

/** The paragraph as the checker reads it: digits folded; Traditional simplified when cheap. */
function readable(paragraph: string): string {
  const folded = foldDigits(paragraph);
  if (!hasSimplifier() || !needsConversion(folded)) return folded;
  const simplified = toSimplified(folded);
  return simplified.length === folded.length ? simplified : folded;
}

function resolveWhole(
  lexicon: Lexicon,
  whole: string,
  area: string,
): ConsolidatedIndicator | 'area' | null {
  if (whole === '') return null;
  if (whole === area || AREA_WORDS.includes(whole)) return 'area';
  const named = findMentions(lexicon, whole, []).find((m) => m.mention.type === 'indicator');
  if (named !== undefined && named.mention.type === 'indicator') return named.mention.indicator;
  const areaWord = findMentions(lexicon, whole, []).find((m) => m.mention.type === 'area');
  return areaWord === undefined ? null : 'area';
}

function onMention(state: WalkState, found: FoundMention, months: number | null): void {
  const m = found.mention;
  switch (m.type) {
    case 'area':
      state.subject = { word: m.word, township: null };
      break;
    case 'township':
      state.subject = { word: m.word, township: m.word };
      state.group.push(m.word);
      break;
    case 'period':
      state.otherPeriod = months !== null && m.months !== months ? m.word : null;
      break;
    case 'indicator':
      // The clause's other words still count: 公司在园区项目生产员工50余人 is not 企业员工总数.
      state.indicator = m.indicator;
      state.chainStart = state.clauseStart;
      return;
  }
}

/**
 * Checks every figure of a draft against the consolidation: finds each statement (see
 * `findStatements`), its subject (the area word or a township, carried over from the
 * sentence or paragraph before) and its indicator (the nearest name before it in the
 * clause, carried along the clause chain "产值…，同比增长…" but not past 。 or ；, nor past
 * a clause that names something else), and compares within the draft's own precision.
 *
 * @param area the run's area word (园区, 全县…), read as the whole like the other area words.
 * @param period the run's period word (上半年, 本期…), read as the data's period.
 * @example
 * checkDraft(consolidation, { text: '上半年，园区实现工业总产值18.5亿元。', source: '草稿.txt' }, '园区')
 *   .figures[0].verdict // 'match' when the data total 185,000万元
 */
export function checkDraft(
  consolidation: Consolidation,
  draft: DraftInput,
  area: string,
  period = '',
): DraftCheck {
  const months = consolidation.period?.months ?? null;
  const lexicon = buildLexicon(consolidation, area, { word: period, months });
  const paragraphs = draft.text.split(/\r\n|\r|\n/);
  const figures: DraftFigure[] = [];
  const state: WalkState = {
    subject: null,
    otherPeriod: null,
    indicator: null,
    chainStart: 0,
    group: [],
    clauseStart: 0,
    dirty: false,
    respectively: false,
  };
  paragraphs.forEach((paragraph, index) => {
    const text = readable(paragraph);
    const statements = findStatements(text);
    const events: DraftEvent[] = [
      ...findMentions(lexicon, text, statements).map((found): DraftEvent => ({
        at: found.start,
        end: found.end,
        type: 'mention',
        found,
      })),
      ...statements.map((statement): DraftEvent => ({
        at: statement.start,
        end: statement.end,
        type: 'statement',
        statement,
      })),
      ...boundaries(text, statements),
    ].sort((a, b) => a.at - b.at);
    Object.assign(state, {
      indicator: null,
      chainStart: 0,
      group: [],
      clauseStart: 0,
      dirty: false,
    });
    let last = 0;
    for (const event of events) {
      if (isDirty(text.slice(last, event.at))) state.dirty = true;
      last = event.end;
      if (event.type === 'boundary') {
        if (event.chain) {
          Object.assign(state, { indicator: null, group: [], respectively: false });
        } else if (state.dirty) {
          state.indicator = null;
        }
        Object.assign(state, { clauseStart: event.end, dirty: false });
      } else if (event.type === 'mention') {
        onMention(state, event.found, months);
      } else {
        const statement = event.statement;
        if (state.dirty) state.indicator = null;
        if (statement.respectively) state.respectively = true;
        const check = checkStatement({
          consolidation,
          text,
          statement,
          subject: state.subject,
          indicator: state.indicator,
          group: state.group,
          whole: resolveWhole(lexicon, statement.whole, area),
          otherPeriod: state.otherPeriod,
          respectively: state.respectively,
        });
        const chained =
          state.indicator !== null && statement.start - state.chainStart <= EXCERPT_REACH;
        const excerptStart = Math.min(
          chained ? state.chainStart : state.clauseStart,
          statement.start,
        );
        const excerpt = paragraph.slice(excerptStart, statement.end);
        const before = paragraph.slice(excerptStart, statement.start);
        figures.push({
          paragraph: index + 1,
          start: statement.start,
          end: statement.end,
          excerpt,
          ...(state.subject === null ? {} : { subject: state.subject.word }),
          ...(state.indicator === null ? {} : { indicator: state.indicator.name }),
          kind: statement.kind,
          written: check.written,
          ...(check.computed === undefined ? {} : { computed: check.computed }),
          ...(check.computedValue === undefined ? {} : { computedValue: check.computedValue }),
          verdict: check.verdict,
          ...(check.reason === undefined ? {} : { reason: check.reason }),
          ...(check.replacement === undefined
            ? {}
            : { suggestion: `${before}${check.replacement}` }),
          approximate: statement.approximation !== null,
          sources: check.sources,
        });
      }
    }
  });
  const count = (verdict: DraftFigure['verdict']): number =>
    figures.filter((f) => f.verdict === verdict).length;
  return {
    source: draft.source,
    paragraphs,
    figures,
    counts: { match: count('match'), mismatch: count('mismatch'), unchecked: count('unchecked') },
  };
}
