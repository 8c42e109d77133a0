/**
 * Whether a number format scales the value by 100 and shows "%" (5.1% holds 0.051).
 * A "%" inside quotes or escaped with a backslash is literal text and does not count.
 *
 * @example
 * isPercentFormat('0.0%') // true
 * isPercentFormat('0.0"%"') // false
 * isPercentFormat('#,##0') // false
 */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const unquoted = numFmt.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return unquoted.includes('%');
}
