import { removeSpaces, toHalfWidth } from './text';
import { toSimplified } from './traditional';

const TOTAL_EXACT = new Set(['合计', '汇总', '总计', '全县', '全区', '全镇', '全市', '全园区']);
const TOTAL_PREFIX = /^(?:全县|全区|全市|全镇)/;
const TOTAL_CONTAINS = /合计|汇总|总计/;
const GENERIC_SHEET = /^(?:sheet|工作表|表|页)\d*(?:\(\d+\))?$/i;
const WORKBOOK_EXTENSION = /\.(?:xlsx|xlsm|xls|et|csv)$/i;

function fold(name: string): string {
  return toSimplified(removeSpaces(toHalfWidth(name)));
}

/**
 * Whether a sheet (or township) name marks a reported total: 合计, 汇总, 总计, 全县, 全区,
 * 全镇, 全市, 全园区; names starting with 全县/全区/全市/全镇; names containing 合计/汇总/总计.
 *
 * @example
 * isTotalSheetName('全县合计') // true
 * isTotalSheetName('東城鎮') // false
 */
export function isTotalSheetName(name: string): boolean {
  const folded = fold(name);
  return TOTAL_EXACT.has(folded) || TOTAL_PREFIX.test(folded) || TOTAL_CONTAINS.test(folded);
}

/**
 * Whether a sheet name says nothing about the township: Sheet1, Sheet 2, 工作表1…
 *
 * @example
 * isGenericSheetName('Sheet 2') // true
 * isGenericSheetName('东城镇') // false
 */
export function isGenericSheetName(name: string): boolean {
  return GENERIC_SHEET.test(removeSpaces(toHalfWidth(name)));
}

/**
 * A file's base name without folders and without the workbook extension.
 *
 * @example
 * fileBaseName('data/东城镇.xlsx') // "东城镇"
 */
export function fileBaseName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(WORKBOOK_EXTENSION, '').trim();
}

/** Words that mark a revised copy of a township's sheet (甲镇（修改后）, 甲镇-修订, 甲镇_新…). */
const REVISION_WORD =
  '(?:修改后?(?:版|稿)?|修订(?:后|版|稿)?|更正(?:后|版|稿)?|最新(?:版|稿)?|最终(?:版|稿)?|终稿|定稿|正式(?:版|稿)|调整后?|重报|改后|新版?|改|v\\d+|版本\\d+|第(?:\\d+|[一二三四五六七八九十]+)(?:版|稿))';
const REVISION_NUMBER = '\\d{1,2}';
const REVISION_ITEM = `(?:${REVISION_WORD}|${REVISION_NUMBER})`;
const SEPARATOR = '[\\s_\\-—~.·]';
/** A revision mark at the end of a name: in brackets, after a separator, or a long word. */
const REVISION_TAIL = new RegExp(
  [
    `${SEPARATOR}*[(\\[【〔]\\s*${REVISION_ITEM}(?:${SEPARATOR}*${REVISION_ITEM})*\\s*[)\\]】〕]\\s*$`,
    `${SEPARATOR}+${REVISION_ITEM}\\s*$`,
    // Without a separator only a word of two characters or more, or v2: 甲镇修订, 甲镇v2.
    `(?:修改后?|修订|更正|最新|最终|终稿|定稿|v\\d+)(?:后|版|稿)?\\s*$`,
  ].join('|'),
  'i',
);
const TOWNSHIP_SUFFIX = /(?:镇|乡|街道|办事处|园区|开发区|工业区|管委会|社区|农场|林场|片区)$/;

/**
 * How many characters of `name` are left once revision marks at its end are taken off
 * (none taken off when nothing would be left).
 */
function revisionFreeLength(name: string): number {
  let text = toHalfWidth(name).trimEnd();
  for (;;) {
    const m = REVISION_TAIL.exec(text);
    if (m === null || m.index === 0) break;
    const rest = text.slice(0, m.index).trimEnd();
    if (rest === '') break;
    text = rest;
  }
  return text.length;
}

/**
 * A township name without the revision marks people add to a corrected copy's name:
 * brackets or a separator with 修改后, 修订, 更正, 最新, 新, 终稿, 定稿, v2, 2… at the end.
 *
 * @example
 * withoutRevision('甲镇（修改后）') // "甲镇"
 * withoutRevision('甲镇 v2') // "甲镇"
 * withoutRevision('新镇') // "新镇"
 */
export function withoutRevision(name: string): string {
  return name.slice(0, revisionFreeLength(name)).trim();
}

/**
 * Whether a name carries a revision mark (see `withoutRevision`): the mark of the copy to
 * use when two reports of one township are given.
 *
 * @example
 * hasRevisionMark('甲镇-修订') // true
 * hasRevisionMark('甲镇') // false
 */
export function hasRevisionMark(name: string): boolean {
  return revisionFreeLength(name) < toHalfWidth(name).trimEnd().length;
}

/**
 * The key under which two names stand for the same township: full-width, spaces,
 * Traditional characters and revision marks folded away. 甲镇.xlsx, 甲镇（修改后）.xlsx,
 * 甲镇-修订.xlsx, 甲镇(更正).xlsx, 甲镇 v2.xlsx, 甲镇_新.xlsx and 甲镇（2）.xlsx are one.
 *
 * @example
 * townshipIdentity('甲镇（修改后）') === townshipIdentity('甲 镇') // true
 */
export function townshipIdentity(name: string): string {
  return fold(withoutRevision(name));
}

/**
 * Whether a name reads as a township's or park's own (东城镇, 西城街道, 高新园区), not an
 * office's (县统计局) or an area word (全县).
 *
 * @example
 * isTownshipLikeName('东城镇') // true
 * isTownshipLikeName('县统计局') // false
 */
export function isTownshipLikeName(name: string): boolean {
  const folded = fold(name);
  return TOWNSHIP_SUFFIX.test(folded) && !isTotalSheetName(folded);
}

/** File names that can only hold a reported total, whoever signed it: 合计, 全县汇总, 各镇合计. */
const PURE_TOTAL = /^(?:合计|汇总|总计|全县|全区|全镇|全市|全园区|各)/;

/**
 * Whether a file's name says it holds the reported total, for a sheet signed (填报单位) by
 * `unitName`: the name is a total's (合计.xlsx, 全县汇总.xlsx, 各镇合计.xlsx) and does not
 * name that unit. 东城镇汇总.xlsx signed 东城镇 is 东城镇's own report; 合计.xlsx signed
 * 县统计局 is the total.
 *
 * @example
 * isTotalFileOf('东城镇汇总.xlsx', '东城镇') // false
 * isTotalFileOf('合计.xlsx', '县统计局') // true
 */
export function isTotalFileOf(file: string, unitName: string): boolean {
  const base = fold(fileBaseName(file));
  if (!isTotalSheetName(base)) return false;
  const unit = fold(unitName);
  if (unit !== '' && base.includes(unit)) return false;
  return !(isTownshipLikeName(unit) && !PURE_TOTAL.test(base));
}
