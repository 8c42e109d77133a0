/**
 * Everything a narrative says in words: punctuation, unit scales and phrase patterns.
 * Patterns use {slot} placeholders filled by the phrase layer; the words themselves are
 * data, kept here and never in code.
 */
export type NarrativeLocaleId = 'zh-CN' | 'en';

/** One way to write a magnitude: 亿元 for values of at least 1亿元 (in the family's base). */
export interface ScaleStep {
  /** Written after the number: 亿元, 万元, 万人… */
  readonly symbol: string;
  /** Size of one `symbol` in the family's base unit (元, 人…). */
  readonly factor: number;
  /** Smallest magnitude (in the base unit) written with this step. */
  readonly min: number;
  /** Most decimals shown (trailing zeros are dropped). */
  readonly decimals: number;
}

export interface NarrativePunctuation {
  /** Between clauses: "；". */
  readonly clause: string;
  /** Within a clause: "，". */
  readonly comma: string;
  /** Between list items: "、". */
  readonly list: string;
  /** End of a paragraph: "。". */
  readonly end: string;
  /** Written between a number and its unit ("" in Chinese, " " in English). */
  readonly unitGap: string;
  /** What a line break in a template becomes ("" in Chinese, " " in English). */
  readonly lineBreak: string;
}

export interface NarrativePatterns {
  /** {pct} */
  readonly up: string;
  readonly down: string;
  readonly flat: string;
  /** {times}: 150% growth is 增长1.5倍. */
  readonly upTimes: string;
  /**
   * Base zero, current above zero: an aside that replaces the whole growth clause
   * (销售收入1.8亿元（上年同期为零）), never 同比新增.
   */
  readonly baseZero: string;
  readonly turnProfit: string;
  readonly turnLoss: string;
  /** {amount} */
  readonly lossNarrowed: string;
  readonly lossWidened: string;
  /**
   * {name} {amount}: a profit-type indicator's figure said as a profit (zero or more) or a
   * loss (below zero, {amount} without its sign).
   */
  readonly profit: string;
  readonly loss: string;
  /** {name}: a profit-type indicator at zero after a loss (盈亏持平), or after a profit or nothing. */
  readonly breakEven: string;
  readonly profitZero: string;
  /** {amount}: the aside after a zero profit naming last year's (（上年同期亏损50万元）). */
  readonly previousLoss: string;
  readonly previousProfit: string;
  /** Last year's figure was zero too. */
  readonly previousZero: string;
  /**
   * {indicators}: appended to a paragraph quoting totals the audit found 错误 in, before
   * its end mark.
   */
  readonly erroneousCaveat: string;
  /** Verb alone, for 分别 lists. */
  readonly upVerb: string;
  readonly downVerb: string;
  /** {times} alone, for 分别 lists. */
  readonly times: string;
  /** {pp} */
  readonly pointsUp: string;
  readonly pointsDown: string;
  readonly pointsFlat: string;
  /** {pct} */
  readonly share: string;
  /** {whole} {pct} */
  readonly shareOf: string;
  /** {area} {pct}: the top three's share. */
  readonly topShare: string;
  /** {area} {ordinal} */
  readonly rankLead: string;
  /** {count} {rank} {unit} */
  readonly rankAmong: string;
  /** {unit} {ordinal}: the rank when the area is the bare group word (居各园区第二). */
  readonly rankLeadGroup: string;
  /** {unit} {first}: first place when the area is the bare group word (居各园区首位). */
  readonly rankFirstGroup: string;
  /** First place in words: 首位. */
  readonly first: string;
  /** {unit}: the area when it is the bare group word, as a whole (占全园区的…). */
  readonly wholeGroup: string;
  /** {area} {pp} */
  readonly pull: string;
  /** {amount}: a change by number, as counts are said (增加2家, 减少1个). */
  readonly countUp: string;
  readonly countDown: string;
  /** Before the 其中 items of a whole: one item (其中), several (其中，). */
  readonly ofWhich: string;
  readonly ofWhichList: string;
  /** {pct} */
  readonly completion: string;
  readonly onScheduleHalf: string;
  /** {pp} */
  readonly aheadOfSchedule: string;
  readonly behindSchedule: string;
  readonly atSchedule: string;
  /** Year-on-year marker before a growth phrase: 同比. */
  readonly yearOnYear: string;
  /** {items} {growth}: one item with its growth. */
  readonly single: string;
  /** {items} {verb} {amounts}: several items sharing one verb (分别). */
  readonly respectively: string;
  /** {label} {value}: one item of a 分别 list. */
  readonly item: string;
  /** {n} {unit}: a value just above a round figure (350多万元, 50余人; see `approximatePhrase`). */
  readonly approxMore: string;
  readonly approxOver: string;
  /** {n} {unit}: a value just below a round figure (近2亿元). */
  readonly approxNear: string;
  /** {ordinal}: a rank alone (第一). */
  readonly ordinalAlone: string;
  /** {labels} {verb} {amounts}: a parallel list without 分别 (产值、销售同比增长5.1%和5%). */
  readonly parallel: string;
  /** {labels} {growth}: one item of a parallel list whose change stands alone. */
  readonly parallelSingle: string;
  /** Before the last of several amounts in a parallel list: 和. */
  readonly lastJoin: string;
  /** After a consolidated growth computed on a comparable basis: （按可比口径计算）. */
  readonly comparableBasis: string;
}

export interface NarrativeLocale {
  readonly id: NarrativeLocaleId;
  readonly punctuation: NarrativePunctuation;
  readonly patterns: NarrativePatterns;
  /** Money, largest step first; values are converted to 元 before choosing. */
  readonly money: readonly ScaleStep[];
  /** People, largest step first (base 人). */
  readonly people: readonly ScaleStep[];
  /** The group words (乡镇, 园区…) as written in this language (园区 -> parks); absent = as is. */
  readonly unitWords: Readonly<Record<string, string>>;
  /** Unit symbols as written in this language (家 -> firms); absent = as is. */
  readonly unitNames: Readonly<Record<string, string>>;
  /** Whether to group thousands (12,000) as English does. */
  readonly groupDigits: boolean;
  /** Ranks as words: 1 -> 一 (居全县第一), 1 -> 1st. */
  readonly ordinal: (rank: number) => string;
  /** A small count in words before a measure word (2 -> 两, 4 -> 四), null to keep digits. */
  readonly countWord: (n: number) => string | null;
  /**
   * Magnitude words a unit may start with (亿 of 亿元): below 10 of such a unit the
   * approximation word goes after them (3亿多元). Empty: no approximation below 10.
   */
  readonly unitMagnitudes: readonly string[];
}
