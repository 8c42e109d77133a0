const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * Writes 1-99 in Chinese numerals (第一, 第十二); other values stay in Arabic digits.
 *
 * @example
 * chineseNumeral(1) // "一"
 * chineseNumeral(12) // "十二"
 * chineseNumeral(20) // "二十"
 * chineseNumeral(120) // "120"
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const onesText = ones === 0 ? '' : (DIGITS[ones] ?? '');
  if (tens === 0) return onesText;
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${onesText}`;
}

/**
 * A count of 1-99 in Chinese numerals before a measure word: 两 for 2 (两家), else as
 * `chineseNumeral` (四条, 十二个); null for other values (they stay in digits).
 *
 * @example
 * chineseCount(2) // "两"
 * chineseCount(4) // "四"
 * chineseCount(120) // null
 */
export function chineseCount(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 99) return null;
  return n === 2 ? '两' : chineseNumeral(n);
}
