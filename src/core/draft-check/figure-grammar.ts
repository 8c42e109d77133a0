import type { DraftStatementKind } from './types';
import { CHINESE_NUMERAL_CHARS, readNumber, type NumberReading } from './read-number';

/**
 * The figure grammar: the statements a work summary makes with a number, as the narrative
 * writes them (locale/zh-CN.ts patterns: 增长{pct}, 提高{pp}个百分点, 占{whole}的{pct},
 * 居{area}第{ordinal}, 在{count}个乡镇中位列第{rank}位, 完成全年目标的{pct}, 时间过半、任务过半,
 * 慢于时间进度{pp}个百分点) and as people write them (翻一番, 占比, 首位, 50余人, 近2亿元).
 */

/** How an approximate figure leans: 余/多/超 above, 近 below, 约 around, 以上 at least. */
export type Approximation = 'above' | 'below' | 'around' | 'at-least';

/** One statement found in a paragraph, before it is checked. */
export interface Statement {
  readonly kind: DraftStatementKind;
  /** Offsets in the paragraph of the whole statement ("同比增长5.1%"). */
  readonly start: number;
  readonly end: number;
  /** Offsets of the figure as written ("5.1%", "18.5亿元", "第一"). */
  readonly figureStart: number;
  readonly figureEnd: number;
  /** The number, signed by its verb (下降3% → −3); null for 时间过半、任务过半 and 持平. */
  readonly number: NumberReading | null;
  readonly sign: 1 | -1;
  /** The unit as written (亿元, 人, 家, %, 倍, 个百分点); "" when none. */
  readonly unit: string;
  readonly approximation: Approximation | null;
  /** For amounts: the change since last year (比上年同期增加2家) rather than the level. */
  readonly change: boolean;
  /** For amounts: last year's level (上年同期盈利50万元), not this year's. */
  readonly previous: boolean;
  /** For shares: the whole named (占全县的, 占销售收入的), "" when not named; 合计 for groups. */
  readonly whole: string;
  readonly group: boolean;
  /** For ranks: the count said (在3个园区中), null when not said; 首位 etc. */
  readonly among: number | null;
  /** For growth: 持平; for schedule: on schedule (时间过半、任务过半) or level (持平). */
  readonly flat: boolean;
  readonly onSchedule: boolean;
  /** 拉动…增长N个百分点. */
  readonly pull: boolean;
  /** The words kept before the figure when the statement is rewritten (同比, 占全县的). */
  readonly lead: string;
  /** Said of several items at once: 同比分别增长40.5%、41.6%. */
  readonly respectively: boolean;
}

/** A number (Arabic or Chinese) in the named group `name`. */
function num(name = 'n'): string {
  return `(?<![\\d.])(?<${name}>\\d+(?:,\\d{3})*(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)`;
}
const NUM = num();
/** Unit spellings read after a number, longest first. */
const UNITS = [
  '万平方米',
  '平方米',
  '万千瓦时',
  '千瓦时',
  '亿元',
  '万元',
  '千元',
  '元',
  '万人次',
  '人次',
  '万人',
  '人',
  '名',
  '万亩',
  '亩',
  '公顷',
  '公里',
  '千米',
  '万吨标准煤',
  '吨标准煤',
  '万吨',
  '吨',
  '家',
  '个',
  '件',
  '户',
  '项',
  '座',
  '台',
  '套',
  '辆',
  '宗',
  '所',
  '条',
  '株',
  '棵',
];
const UNIT = `(?<u>${UNITS.join('|')})`;
/** Verbs of a fall; 增亏 (the loss grew) is a fall of the profit, 减亏 a rise. */
const DOWN_VERBS = new Set(['下降', '减少', '降低', '回落', '下滑', '增亏']);
const AREA_SCOPE = '(?:全县|全区|全市|全镇|全乡|全园区|园区|各乡镇|各园区|各街道|各镇|全域)';

interface Rule {
  readonly kind: DraftStatementKind;
  readonly pattern: RegExp;
  readonly read: (m: RegExpExecArray) => Partial<Statement> & { figure: string };
}

function groups(m: RegExpExecArray): Record<string, string | undefined> {
  return m.groups ?? {};
}

const YOY =
  '(?<lead>同比|比上年同期|较上年同期|比去年同期|较去年同期|比上年|较上年|与上年同期相比)?(?<each>分别)?';

/** The rules, in order: a later rule never reads inside an earlier rule's statement. */
const RULES: readonly Rule[] = [
  {
    kind: 'schedule',
    pattern: /时间过半[、，,]?任务过半/g,
    read: (m) => ({ figure: m[0], onSchedule: true }),
  },
  {
    kind: 'schedule',
    pattern: /与时间进度持平/g,
    read: (m) => ({ figure: m[0], flat: true }),
  },
  {
    kind: 'schedule',
    pattern: new RegExp(`(?<verb>快|慢|超|落后|高|低)于?时间进度${NUM}(?<unit>个百分点)`, 'g'),
    read: (m) => ({
      figure: `${groups(m).n ?? ''}个百分点`,
      sign: ['慢', '落后', '低'].includes(groups(m).verb ?? '') ? -1 : 1,
    }),
  },
  {
    kind: 'completion',
    pattern: new RegExp(
      `(?<lead>完成(?:全年|年度)?(?:目标|计划|任务)(?:任务)?的?)${NUM}(?<unit>%)`,
      'g',
    ),
    read: (m) => ({ figure: `${groups(m).n ?? ''}%` }),
  },
  {
    kind: 'share',
    pattern: new RegExp(
      `(?<lead>(?<group>合计)?占(?:比|比重)?(?:(?<whole>[^，。；、,;\\d%]{1,15}?)(?:的比重|比重|的))?(?:为|达)?)(?<approx>近|约)?${NUM}(?<unit>%)`,
      'g',
    ),
    read: (m) => ({
      figure: `${groups(m).n ?? ''}%`,
      whole: groups(m).whole ?? '',
      group: groups(m).group !== undefined,
    }),
  },
  {
    kind: 'points',
    pattern: new RegExp(
      `(?<lead>拉动(?:${AREA_SCOPE})?增长|(?<verb>提高|上升|增加|下降|降低|回落|减少))${NUM}(?<unit>个百分点)`,
      'g',
    ),
    read: (m) => ({
      figure: `${groups(m).n ?? ''}个百分点`,
      sign: DOWN_VERBS.has(groups(m).verb ?? '') ? -1 : 1,
      pull: groups(m).verb === undefined,
      lead: groups(m).verb === undefined ? (groups(m).lead ?? '') : '',
    }),
  },
  {
    kind: 'rank',
    pattern: new RegExp(
      `(?<lead>在(?:${AREA_SCOPE}|全省|全国)?${num('count')}(?:个|家|所)[^，。；\\d]{0,12}?中(?:位列|位居|位于|排名|排在|排|居))(?<figure>第(?<rank>\\d+|[${CHINESE_NUMERAL_CHARS}]+)(?:位|名)?|首位|末位)`,
      'g',
    ),
    read: (m) => ({
      figure: groups(m).figure ?? '',
      among: readNumber(groups(m).count ?? '')?.value ?? null,
    }),
  },
  {
    kind: 'rank',
    pattern: new RegExp(
      `(?<lead>(?:居|位居|位列|位于|排名|排在|排)(?:${AREA_SCOPE}|[^，。；、（）\\d前第首末]{0,6}?)?)(?<figure>第(?<rank>\\d+|[${CHINESE_NUMERAL_CHARS}]+)(?:位|名)?|首位|末位)`,
      'g',
    ),
    read: (m) => ({ figure: groups(m).figure ?? '' }),
  },
  {
    kind: 'growth',
    pattern: new RegExp(
      `${YOY}(?<verb>增长|增加|上升|提高|下降|减少|降低|回落|下滑)(?<approx>约|近)?${NUM}(?<unit>%|倍)`,
      'g',
    ),
    read: (m) => ({
      figure: `${groups(m).n ?? ''}${groups(m).unit ?? ''}`,
      sign: DOWN_VERBS.has(groups(m).verb ?? '') ? -1 : 1,
    }),
  },
  {
    kind: 'growth',
    pattern: new RegExp(`${YOY}(?<figure>翻(?<times>一|两|三)番)`, 'g'),
    read: (m) => ({ figure: groups(m).figure ?? '' }),
  },
  {
    kind: 'growth',
    pattern: /(?<lead>同比|与上年同期|与去年同期|比上年同期|较上年同期)(?<figure>持平)/g,
    read: (m) => ({ figure: groups(m).figure ?? '', flat: true }),
  },
  {
    kind: 'amount',
    pattern: new RegExp(
      `${YOY}(?<verb>增加|减少|增长|下降|减亏|增亏)(?<approx>近|约)?${NUM}(?<approxAfter>余|多)?${UNIT}`,
      'g',
    ),
    read: (m) => ({
      figure: `${groups(m).n ?? ''}${groups(m).approxAfter ?? ''}${groups(m).u ?? ''}`,
      sign: DOWN_VERBS.has(groups(m).verb ?? '') ? -1 : 1,
      change: true,
    }),
  },
  {
    // Last year's level, as the narrative's zero-profit aside says it: （上年同期亏损50万元）.
    kind: 'amount',
    pattern: new RegExp(`(?<lead>(?:上年|去年)同期(?<verb>盈利|亏损))${NUM}${UNIT}`, 'g'),
    read: (m) => ({
      figure: `${groups(m).n ?? ''}${groups(m).u ?? ''}`,
      sign: groups(m).verb === '亏损' ? -1 : 1,
      previous: true,
    }),
  },
  {
    kind: 'amount',
    pattern: new RegExp(
      `(?<lead>亏损)?(?<approx>近|将近|接近|约|大约|超过|超|逾|突破)?${NUM}(?<approxAfter>余|多)?${UNIT}(?<atLeast>以上|左右)?`,
      'g',
    ),
    read: (m) => ({
      figure: `${groups(m).n ?? ''}${groups(m).approxAfter ?? ''}${groups(m).u ?? ''}`,
      sign: groups(m).lead === undefined ? 1 : -1,
      lead: '',
    }),
  },
  {
    // A zero said in words, as the narrative writes a zero profit: 利润总额为零, 盈亏持平 (not
    // the aside 上年同期为零, which is about last year).
    kind: 'amount',
    pattern: /(?<!上年同期亦?)(?<figure>盈亏持平|为零)/g,
    read: (m) => ({ figure: groups(m).figure ?? '' }),
  },
  {
    kind: 'amount',
    pattern: new RegExp(`(?<approx>近|约|超过|超|逾)?${NUM}(?<unit>%)`, 'g'),
    read: (m) => ({ figure: `${groups(m).n ?? ''}%` }),
  },
];

function approximationOf(m: RegExpExecArray): Approximation | null {
  const g = groups(m);
  if (g.atLeast === '以上') return 'at-least';
  if (g.approxAfter !== undefined) return 'above';
  if (g.atLeast === '左右') return 'around';
  switch (g.approx) {
    case '近':
    case '将近':
    case '接近':
      return 'below';
    case '约':
    case '大约':
      return 'around';
    case '超过':
    case '超':
    case '逾':
    case '突破':
      return 'above';
    default:
      return null;
  }
}

const TIMES: Readonly<Record<string, number>> = { 一: 100, 两: 300, 三: 700 };

function numberOf(
  kind: DraftStatementKind,
  m: RegExpExecArray,
  figure: string,
): NumberReading | null {
  const times = groups(m).times;
  if (times !== undefined) {
    return { value: TIMES[times] ?? 100, decimals: 0, step: 10, chinese: true };
  }
  if (figure === '盈亏持平' || figure === '为零') {
    return { value: 0, decimals: 0, step: 1, chinese: true };
  }
  if (kind === 'rank') {
    if (figure === '首位') return { value: 1, decimals: 0, step: 1, chinese: true };
    if (figure === '末位') return null;
    return readNumber(groups(m).rank ?? '');
  }
  const text = /^[\d.,]+|^[零〇一二两三四五六七八九十百千]+/.exec(figure)?.[0] ?? '';
  return text === '' ? null : readNumber(text);
}

function overlaps(taken: readonly Statement[], start: number, end: number): boolean {
  return taken.some((s) => start < s.end && s.start < end);
}

/**
 * Finds every figure statement in a paragraph (full-width digits already folded), in
 * reading order. Each comes with the offsets of the statement and of its figure.
 *
 * @example
 * findStatements('销售收入13.5亿元，同比增长5%，占比82.6%').map((s) => [s.kind, s.unit])
 * // [['amount', '亿元'], ['growth', '%'], ['share', '%']]
 */
export function findStatements(text: string): Statement[] {
  const found: Statement[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(found, start, end)) continue;
      const read = rule.read(m);
      const figureStart = text.indexOf(read.figure, start);
      const unit = groups(m).unit ?? groups(m).u ?? '';
      const number = read.flat || read.onSchedule ? null : numberOf(rule.kind, m, read.figure);
      if (number === null && !read.flat && !read.onSchedule && read.figure !== '末位') continue;
      found.push({
        kind: rule.kind,
        start,
        end,
        figureStart,
        figureEnd: figureStart + read.figure.length,
        number,
        sign: read.sign ?? 1,
        unit,
        approximation: approximationOf(m),
        change: read.change ?? false,
        previous: read.previous ?? false,
        whole: read.whole ?? '',
        group: read.group ?? false,
        among: read.among ?? null,
        flat: read.flat ?? false,
        onSchedule: read.onSchedule ?? false,
        pull: read.pull ?? false,
        lead: read.lead ?? groups(m).lead ?? '',
        respectively: groups(m).each !== undefined,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
