import { roundForDisplay } from '../../compute';

/**
 * Writes a number for display: rounded half-up on its decimal value to at most `decimals`
 * places, trailing zeros dropped, never "-0"; thousands grouped when asked.
 *
 * @example
 * numberText(18.5, 2) // "18.5"
 * numberText(5.04999, 1) // "5"
 * numberText(12000, 0, true) // "12,000"
 */
export function numberText(value: number, decimals: number, groupDigits = false): string {
  if (!Number.isFinite(value)) return '—';
  const rounded = roundForDisplay(value, decimals);
  if (rounded === 0) return '0';
  let text = Math.abs(rounded).toFixed(decimals);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  if (groupDigits) {
    const [whole = '', fraction] = text.split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    text = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  }
  return rounded < 0 ? `-${text}` : text;
}

/**
 * A percentage to 1 decimal, trailing zero dropped.
 *
 * @example
 * percentText(5.0) // "5%"
 * percentText(82.5926) // "82.6%"
 */
export function percentText(pct: number): string {
  return `${numberText(pct, 1)}%`;
}
