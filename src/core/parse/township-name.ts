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

/**
 * Makes a name unique among the names already taken by appending "（2）", "（3）"…, and
 * records it as taken.
 *
 * @example
 * const taken = new Set(['东城镇']);
 * uniqueName('东城镇', taken) // "东城镇（2）"
 */
export function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${name}（${n}）`;
  taken.add(candidate);
  return candidate;
}
