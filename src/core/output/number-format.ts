import type { Unit } from '../model/unit';

/** Excel number formats of the output sheets. */
export const NUMBER_FORMATS = {
  /** Growth, completion, shares and % / ‰ figures: one decimal. */
  percent: '0.0',
  /** Whole amounts with thousands separators. */
  integer: '#,##0',
  /** Amounts with two decimals (all 亿元 figures, fractional 万元…). */
  decimal: '#,##0.00',
  /** Small fractional figures (吨标准煤/万元 0.0468): four decimals. */
  small: '0.0000',
  /** 位次. */
  rank: '0',
} as const;

/**
 * The number format for a row of figures in `unit`: 亿元 always two decimals; % and ‰ one
 * decimal; any other unit (money, counts, people, areas… or none) whole numbers when
 * every figure of the row is a whole number, four decimals when they are all below 1
 * (an energy intensity of 0.0468), else two decimals.
 *
 * @example
 * valueFormat(parseUnit('亿元'), [8, 6.96]) // "#,##0.00"
 * valueFormat(parseUnit('万元'), [185000, 176000]) // "#,##0"
 * valueFormat(parseUnit('万元'), [1234.5, null]) // "#,##0.00"
 * valueFormat(parseUnit('%'), [12]) // "0.0"
 * valueFormat(parseUnit('吨标准煤/万元'), [0.0468, 0.0467]) // "0.0000"
 */
export function valueFormat(unit: Unit | null, values: readonly (number | null)[]): string {
  if (unit !== null && (unit.family === 'percent' || unit.family === 'permille')) {
    return NUMBER_FORMATS.percent;
  }
  if (unit !== null && unit.family === 'money' && unit.symbol === '亿元') {
    return NUMBER_FORMATS.decimal;
  }
  if (values.every((v) => v === null || isWhole(v))) return NUMBER_FORMATS.integer;
  return values.every((v) => v === null || Math.abs(v) < 1)
    ? NUMBER_FORMATS.small
    : NUMBER_FORMATS.decimal;
}

function isWhole(value: number): boolean {
  return Math.abs(value - Math.round(value)) <= 1e-9 * Math.max(1, Math.abs(value));
}
