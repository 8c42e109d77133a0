import type { Period } from '../model/period';
import { removeSpaces, toHalfWidth } from './text';

/**
 * Reporting periods in titles and headers: "（2025年1-6月）", "上半年", "前三季度", "全年"…
 */

const CN_NUMBER: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};

const NUM = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const YEAR = /((?:19|20)\d{2})年/;
const MONTH_RANGE = new RegExp(`${NUM}月?(?:份)?[-—–~至到]${NUM}月`);
const CUMULATIVE_TO = new RegExp(`(?:截[至止]|至)${NUM}月(?:底|末)?`);
const SINGLE_MONTH = new RegExp(`(?:^|[^\\d一二三四五六七八九十])${NUM}月(?:份)?`);

/** Named periods, most specific first: 前三季度 before 三季度, 上半年 before 全年. */
const NAMED: readonly {
  readonly pattern: RegExp;
  readonly label: string;
  readonly months: number;
}[] = [
  { pattern: /前三季度|1-3季度|一至三季度/, label: '前三季度', months: 9 },
  { pattern: /上半年|前两季度/, label: '上半年', months: 6 },
  { pattern: /下半年/, label: '下半年', months: 12 },
  { pattern: /(?:第?一|第?1)季度/, label: '一季度', months: 3 },
  { pattern: /(?:第?二|第?2)季度/, label: '二季度', months: 6 },
  { pattern: /(?:第?三|第?3)季度/, label: '三季度', months: 9 },
  { pattern: /(?:第?四|第?4)季度/, label: '四季度', months: 12 },
];
const WHOLE_YEAR = /全年|年度/;

function toMonth(text: string | undefined): number | null {
  if (text === undefined) return null;
  const n = /^\d+$/.test(text) ? Number(text) : (CN_NUMBER[text] ?? null);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

/**
 * Finds the reporting period in a title or header text. Returns null when the text states
 * none (a year alone is not a period).
 *
 * @example
 * detectPeriod('XX镇园区主要经济指标完成情况（2025年1-6月）')
 * // { label: '1-6月', year: 2025, months: 6 }
 * detectPeriod('2024年前三季度') // { label: '前三季度', year: 2024, months: 9 }
 * detectPeriod('指标名称') // null
 */
export function detectPeriod(text: string): Period | null {
  const t = removeSpaces(toHalfWidth(text));
  if (t === '') return null;
  const yearMatch = YEAR.exec(t);
  const year = yearMatch?.[1] !== undefined ? Number(yearMatch[1]) : null;

  const range = MONTH_RANGE.exec(t);
  if (range) {
    const from = toMonth(range[1]);
    const to = toMonth(range[2]);
    if (from !== null && to !== null && to >= from) {
      return { label: `${from}-${to}月`, year, months: to };
    }
  }
  for (const named of NAMED) {
    if (named.pattern.test(t)) return { label: named.label, year, months: named.months };
  }
  const upTo = CUMULATIVE_TO.exec(t);
  const upToMonth = toMonth(upTo?.[1]);
  if (upToMonth !== null) return { label: `1-${upToMonth}月`, year, months: upToMonth };
  const single = SINGLE_MONTH.exec(t);
  const month = toMonth(single?.[1]);
  if (month !== null) return { label: `${month}月`, year, months: month };
  if (WHOLE_YEAR.test(t)) return { label: '全年', year, months: 12 };
  return null;
}
