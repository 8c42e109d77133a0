import { parseUnit, type Unit } from '../model/unit';
import { toHalfWidth } from './text';
import { toSimplified } from './traditional';

/** Units spelled the Taiwan way, after conversion to Simplified characters. */
const TAIWAN_UNITS: Readonly<Record<string, string>> = {
  平方公尺: '平方米',
  公尺: '米',
  公吨: '吨',
};
const TAIWAN_UNIT = /平方公尺|公尺|公吨/g;

/**
 * A unit as written, in Simplified characters and half-width: "萬元" -> "万元",
 * "（億元）" -> "(亿元)", "平方公尺" -> "平方米".
 *
 * @example
 * simplifiedUnitText('萬元') // "万元"
 */
export function simplifiedUnitText(text: string): string {
  return toSimplified(toHalfWidth(text)).replace(TAIWAN_UNIT, (word) => TAIWAN_UNITS[word] ?? word);
}

/**
 * Reads a unit written in Simplified or Traditional characters (a unit cell, a label's
 * "（萬元）", a "單位：萬元" line): `parseUnit` of the text, else of its Simplified form.
 * Simplified text (the common case) is read once, without conversion.
 *
 * @example
 * parseUnitText('萬元') // { symbol: '万元', family: 'money', factor: 10000, additive: true }
 * parseUnitText('個') // { symbol: '个', family: 'count', factor: 1, additive: true }
 * parseUnitText('斤斤') // null
 */
export function parseUnitText(text: string): Unit | null {
  const unit = parseUnit(text);
  if (unit !== null) return unit;
  const simplified = simplifiedUnitText(text);
  return simplified === text ? null : parseUnit(simplified);
}
