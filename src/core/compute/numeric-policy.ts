/**
 * The numeric policy of the engine, in one place (like HyperFormula's config): sums and unit
 * conversions are exact in decimal, comparisons use one epsilon, and rounding happens only
 * for display.
 */
import { convertible, type Unit } from '../model/unit';

/**
 * Display precision and comparison tolerance.
 *
 * @example
 * const policy: NumericPolicy = { ...NUMERIC_POLICY, epsilon: 1e-6 };
 */
export interface NumericPolicy {
  /** Absolute tolerance for comparing computed figures (percent, percentage points). */
  readonly epsilon: number;
  /** Decimals shown for growth rates, shares, completion and 个百分点 changes. */
  readonly percentDecimals: number;
  /** Most decimals shown for money, per unit symbol (trailing zeros dropped: 0-2 in 万元). */
  readonly moneyDecimals: Readonly<Record<string, number>>;
  /** Most decimals shown for any other figure. */
  readonly otherDecimals: number;
}

/**
 * @example
 * NUMERIC_POLICY.percentDecimals // 1
 * NUMERIC_POLICY.moneyDecimals['亿元'] // 2
 */
export const NUMERIC_POLICY: NumericPolicy = {
  epsilon: 1e-9,
  percentDecimals: 1,
  moneyDecimals: { 元: 2, 千元: 2, 万元: 2, 亿元: 2 },
  otherDecimals: 2,
};

/**
 * Whether two figures are equal within the policy's epsilon.
 *
 * @example
 * nearlyEqual(0.1 + 0.2, 0.3) // true
 * nearlyEqual(50, 50.1) // false
 */
export function nearlyEqual(
  a: number,
  b: number,
  epsilon: number = NUMERIC_POLICY.epsilon,
): boolean {
  return Math.abs(a - b) <= epsilon;
}

/**
 * The most decimals to display a figure in `unit` with (percent units: the percent
 * precision; money: per unit; null unit or others: `otherDecimals`).
 *
 * @example
 * displayDecimals(parseUnit('亿元')) // 2
 * displayDecimals(parseUnit('%')) // 1
 */
export function displayDecimals(unit: Unit | null): number {
  if (unit === null) return NUMERIC_POLICY.otherDecimals;
  if (unit.family === 'percent' || unit.family === 'permille')
    return NUMERIC_POLICY.percentDecimals;
  if (unit.family === 'money')
    return NUMERIC_POLICY.moneyDecimals[unit.symbol] ?? NUMERIC_POLICY.otherDecimals;
  return NUMERIC_POLICY.otherDecimals;
}

/** A finite double as its shortest decimal: |value| = digits × 10^-scale, scale ≥ 0. */
interface Decimal {
  readonly negative: boolean;
  /** Decimal digits without sign or point, no leading zeros ("0" for zero). */
  readonly digits: string;
  readonly scale: number;
}

const DECIMAL_FORM = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

function toDecimal(value: number): Decimal {
  if (!Number.isFinite(value)) throw new TypeError(`not a finite number: ${value}`);
  const negative = value < 0;
  const match = DECIMAL_FORM.exec(String(Math.abs(value)));
  if (!match) throw new TypeError(`unexpected number form: ${value}`);
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  const exponent = match[3] === undefined ? 0 : Number(match[3]);
  let digits = (whole + fraction).replace(/^0+(?=\d)/, '');
  let scale = fraction.length - exponent;
  if (scale < 0) {
    digits = digits === '0' ? '0' : digits + '0'.repeat(-scale);
    scale = 0;
  }
  return { negative, digits, scale };
}

/** The decimal string of `mantissa × 10^-scale` ("-12.345"), for parseFloat. */
function decimalString(mantissa: bigint | number, scale: number): string {
  const negative = mantissa < 0;
  let digits = (negative ? -mantissa : mantissa).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  }
  return negative ? `-${digits}` : digits;
}

/**
 * 10^0 … 10^22, every one exact in a double: read from here, not computed with `10 ** n`
 * (a call to pow, several times slower, on the hot path of every sum and difference).
 */
const POWERS_OF_TEN: readonly number[] = Array.from({ length: 23 }, (_, n) => Number(`1e${n}`));

/**
 * 10^n for an integer n in 0…22 (exact).
 *
 * @example
 * powerOf10(4) // 10000
 */
export function powerOf10(n: number): number {
  return POWERS_OF_TEN[n] as number;
}

function fromDecimal(mantissa: bigint | number, scale: number): number {
  // A safe integer over an exact power of ten is one correctly rounded division: the same
  // double parseFloat gives for the decimal string.
  const result =
    typeof mantissa === 'number' && Number.isSafeInteger(mantissa) && scale <= 22
      ? mantissa / powerOf10(scale)
      : parseFloat(decimalString(mantissa, scale));
  return result === 0 ? 0 : result; // no -0
}

/** Mantissas below this are read by scaling with an error well under 0.5 (see below). */
const SCALED_LIMIT = 2 ** 50;
const MAX_FAST_SCALE = 12;

/**
 * The scale (fraction digits) of `value`'s shortest decimal, found without strings: the
 * first s for which round(value × 10^s) ÷ 10^s gives `value` back. Below 2^50 the scaled
 * product is within 0.2 of the true mantissa, so the rounding finds it whenever it exists.
 * Returns -1 when the value needs the string path (huge, tiny or long mantissas).
 */
function fastScale(value: number): number {
  for (let scale = 0; scale <= MAX_FAST_SCALE; scale++) {
    const power = powerOf10(scale);
    const mantissa = Math.round(value * power);
    if (Math.abs(mantissa) >= SCALED_LIMIT) return -1;
    if (mantissa / power === value) return scale;
  }
  return -1;
}

/**
 * Sums exactly in decimal: each double is taken as its shortest decimal representation
 * (what `String(v)` shows), the sum is exact, and it is converted back to a double once
 * (correctly rounded). Safe integers take a plain fast path; short decimals are added as
 * scaled integers; anything else goes through BigInt. Throws a TypeError on NaN or
 * ±Infinity (programming misuse: values are checked when read).
 *
 * @example
 * exactSum([0.1, 0.2]) // 0.3 (not 0.30000000000000004)
 * exactSum([1.1, 2.2, 3.3]) // 6.6
 * exactSum([]) // 0
 */
export function exactSum(values: readonly number[]): number {
  for (const v of values) if (Number.isNaN(v)) throw new TypeError(`not a finite number: ${v}`);
  return exactSumSkippingNaN(values);
}

/**
 * `exactSum` of the numbers in `values`, NaN skipped: a figure column's sum, where NaN
 * stands for "no number" (0 when there is none). Throws a TypeError on ±Infinity.
 *
 * @example
 * exactSumSkippingNaN(new Float64Array([0.1, NaN, 0.2])) // 0.3
 */
export function exactSumSkippingNaN(values: ArrayLike<number>): number {
  // Fast path: safe integers whose running sum stays safe add exactly in doubles.
  let sum = 0;
  let allIntegers = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    if (!Number.isSafeInteger(v)) {
      allIntegers = false;
      break;
    }
    sum += v;
    if (!Number.isSafeInteger(sum)) {
      allIntegers = false;
      break;
    }
  }
  if (allIntegers) return sum === 0 ? 0 : sum;

  // Middle path: integer mantissas at the common scale, while they stay below 2^50 (so that
  // rounding value × 10^scale recovers each mantissa exactly, see fastScale).
  let common = 0;
  let power = 1;
  let fits = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    if (!Number.isFinite(v)) throw new TypeError(`not a finite number: ${v}`);
    // A value read back at the scale found so far has no more digits: it cannot raise the
    // scale (and a mantissa too large for that reading is caught when summing below).
    if (Math.round(v * power) / power === v) continue;
    const scale = fastScale(v);
    if (scale < 0) fits = false;
    else if (scale > common) {
      common = scale;
      power = powerOf10(common);
    }
  }
  if (fits) {
    let small = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (v !== v) continue;
      const m = Math.round(v * power);
      small += m;
      if (!(Math.abs(m) < SCALED_LIMIT) || !Number.isSafeInteger(small)) {
        fits = false;
        break;
      }
    }
    if (fits) return fromDecimal(small, common);
  }

  // Rare (long or huge decimals): the scales are worked out again rather than kept above.
  const present = Array.from(values).filter((v) => v === v);
  return bigIntSum(present, present.map(fastScale));
}

/**
 * The exact sum through BigInt, per scale: values with a short decimal (see fastScale) are
 * added as scaled integers first, so only the others go through strings. Σ mantissa × 10^-scale
 * is the same rational as summing every shortest decimal, so the result is the same double.
 */
function bigIntSum(values: readonly number[], scales: readonly number[]): number {
  const small = new Map<number, number>();
  const big = new Map<number, bigint>();
  const addBig = (scale: number, mantissa: bigint): void => {
    big.set(scale, (big.get(scale) ?? 0n) + mantissa);
  };
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const scale = scales[i] ?? -1;
    if (scale >= 0) {
      const mantissa = Math.round(v * powerOf10(scale));
      const sum = (small.get(scale) ?? 0) + mantissa;
      if (Number.isSafeInteger(sum)) small.set(scale, sum);
      else addBig(scale, BigInt(mantissa));
      continue;
    }
    const d = toDecimal(v);
    addBig(d.scale, d.negative ? -BigInt(d.digits) : BigInt(d.digits));
  }
  for (const [scale, sum] of small) addBig(scale, BigInt(sum));
  let top = 0;
  for (const scale of big.keys()) if (scale > top) top = scale;
  let total = 0n;
  for (const [scale, sum] of big) total += sum * 10n ** BigInt(top - scale);
  return fromDecimal(total, top);
}

/**
 * `a − b`, exact in decimal like `exactSum([a, -b])` but without allocating: the hot path
 * of growth, 拉动 and 个百分点 for every township and indicator.
 *
 * @example
 * exactDifference(12.5, 10.2) // 2.3 (not 2.3000000000000007)
 * exactDifference(185000, 176000) // 9000
 */
export function exactDifference(a: number, b: number): number {
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
    const difference = a - b;
    if (Number.isSafeInteger(difference)) return difference === 0 ? 0 : difference;
  }
  // Most figures have at most two decimals: both read at scale 2 give the same double as
  // at their own scales (the same rational, divided once, correctly rounded).
  const a100 = Math.round(a * 100);
  const b100 = Math.round(b * 100);
  if (
    a100 / 100 === a &&
    b100 / 100 === b &&
    Math.abs(a100) < SCALED_LIMIT &&
    Math.abs(b100) < SCALED_LIMIT
  ) {
    const difference = (a100 - b100) / 100;
    return difference === 0 ? 0 : difference;
  }
  let scaleA = -1;
  let scaleB = -1;
  if (Number.isFinite(a) && Number.isFinite(b)) {
    scaleA = fastScale(a);
    scaleB = fastScale(b);
    if (scaleA >= 0 && scaleB >= 0) {
      const power = powerOf10(Math.max(scaleA, scaleB));
      const ma = Math.round(a * power);
      const mb = Math.round(b * power);
      if (Math.abs(ma) < SCALED_LIMIT && Math.abs(mb) < SCALED_LIMIT) {
        const difference = (ma - mb) / power;
        return difference === 0 ? 0 : difference;
      }
    }
  }
  // exactSum's faster paths fail on these too (a non-short decimal, or mantissas ≥ 2^50).
  return bigIntSum([a, -b], [scaleA, scaleB]);
}

/** The power of ten `factor` is (1e4 -> 4), or null. */
function powerOfTen(factor: number): number | null {
  const exponent = Math.round(Math.log10(factor));
  return 10 ** exponent === factor ? exponent : null;
}

/**
 * Converts a value between units of one family. Exact when both units are powers of ten
 * of the base unit (元 -> 万元 shifts the decimal point: 12345 元 = 1.2345 万元 exactly);
 * otherwise one correctly rounded multiplication or division (公顷 -> 亩 ×15). Throws a
 * TypeError when the units do not convert (callers check `convertible` first).
 *
 * @example
 * convertExact(12345, parseUnit('元')!, parseUnit('万元')!) // 1.2345
 * convertExact(8, parseUnit('亿元')!, parseUnit('万元')!) // 80000
 * convertExact(2, parseUnit('公顷')!, parseUnit('亩')!) // 30
 */
export function convertExact(value: number, from: Unit, to: Unit): number {
  if (!convertible(from, to)) {
    throw new TypeError(`cannot convert ${from.symbol} to ${to.symbol}`);
  }
  if (from.factor === to.factor) return value;
  const fromPower = powerOfTen(from.factor);
  const toPower = powerOfTen(to.factor);
  if (fromPower !== null && toPower !== null) {
    const d = toDecimal(value);
    const shift = fromPower - toPower; // positive: more of the smaller unit
    const scale = d.scale - shift;
    const digits = scale < 0 ? d.digits + '0'.repeat(-scale) : d.digits;
    const mantissa = d.negative ? `-${digits}` : digits;
    return fromDecimal(BigInt(mantissa), Math.max(scale, 0));
  }
  const ratio = from.factor / to.factor;
  if (Number.isInteger(ratio)) return value * ratio;
  const inverse = to.factor / from.factor;
  if (Number.isInteger(inverse)) return value / inverse;
  return (value * from.factor) / to.factor;
}

/**
 * Rounds for display only, half away from zero on the decimal representation (2.675 ->
 * 2.68, although the double 2.675 is slightly below it; -2.675 -> -2.68). Never used
 * inside computations.
 *
 * @example
 * roundForDisplay(2.675, 2) // 2.68
 * roundForDisplay(5.05, 1) // 5.1
 * roundForDisplay(1234.5, 0) // 1235
 */
export function roundForDisplay(value: number, decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw new RangeError(`decimals must be a non-negative integer, got ${decimals}`);
  }
  if (!Number.isFinite(value)) return value;
  return fastRound(value, decimals) ?? exactRound(value, decimals);
}

/** Scaled values below this are within 4e-7 of the decimal they stand for (see fastRound). */
const FAST_ROUND_LIMIT = 2 ** 30;
/** How far from a tie (or a whole number) the scaled fraction must be for fastRound. */
const FAST_ROUND_MARGIN = 1e-6;

/**
 * `roundForDisplay` in doubles, when that gives the same answer: |value| × 10^decimals is
 * then within 1.5 ulp (under 4e-7) of the shortest decimal × 10^decimals, so a fraction
 * clearly away from 0, ½ and 1 decides the rounding as the decimal would. Null for the
 * other cases (ties such as 2.675, values already short enough, big values).
 */
function fastRound(value: number, decimals: number): number | null {
  if (decimals > 15) return null;
  const power = powerOf10(decimals);
  const scaled = Math.abs(value) * power;
  if (!(scaled < FAST_ROUND_LIMIT)) return null;
  const whole = Math.floor(scaled);
  const fraction = scaled - whole;
  if (
    fraction < FAST_ROUND_MARGIN ||
    fraction > 1 - FAST_ROUND_MARGIN ||
    Math.abs(fraction - 0.5) < FAST_ROUND_MARGIN
  ) {
    return null;
  }
  const quotient = fraction > 0.5 ? whole + 1 : whole;
  return fromDecimal(value < 0 ? -quotient : quotient, decimals);
}

/** `roundForDisplay` on the decimal digits, through BigInt: exact for every finite value. */
function exactRound(value: number, decimals: number): number {
  const d = toDecimal(value);
  if (d.scale <= decimals) return value;
  const divisor = 10n ** BigInt(d.scale - decimals);
  const mantissa = BigInt(d.digits);
  let quotient = mantissa / divisor;
  if ((mantissa % divisor) * 2n >= divisor) quotient += 1n;
  return fromDecimal(d.negative ? -quotient : quotient, decimals);
}
