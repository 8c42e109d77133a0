import { roundForDisplay } from '../compute';
import { numberText } from '../narrative/phrase/number-text';
import { formatDecimals } from './column-width';
import type { OutputCell } from './output-sheet';

/**
 * A cell as Excel shows it with one of the output sheets' number formats (`NUMBER_FORMATS`):
 * rounded half-up to the format's decimals, trailing zeros kept ("0.0" shows 5 as "5.0"),
 * thousands grouped when the format has ",", never "-0". Text is shown as it is; an empty
 * cell is "". A number without a format (General) is shown with up to 10 decimals.
 *
 * @example
 * cellText(185000, '#,##0') // "185,000"
 * cellText(5, '0.0') // "5.0"
 * cellText(0.04675, '0.0000') // "0.0468"
 * cellText('工业总产值', null) // "工业总产值"
 */
export function cellText(cell: OutputCell, format: string | null): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (!Number.isFinite(cell)) return '';
  if (format === null) return String(roundForDisplay(cell, 10));
  const decimals = formatDecimals(format);
  // The narrative's rounding and grouping; Excel keeps the format's trailing zeros.
  const text = numberText(cell, decimals, format.includes(','));
  if (decimals === 0) return text;
  const [whole, fraction = ''] = text.split('.');
  return `${whole}.${fraction.padEnd(decimals, '0')}`;
}
