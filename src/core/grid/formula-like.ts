/**
 * Whether Excel would turn this text into a formula (or a signed number) if a user typed it
 * into a cell, or edited a cell holding it: it starts with = + - or @. Hosts write such
 * text so that it stays text (the Text format "@").
 *
 * @example
 * isFormulaLike('=1+1') // true
 * isFormulaLike('+86 电话') // true
 * isFormulaLike('工业总产值') // false
 */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
