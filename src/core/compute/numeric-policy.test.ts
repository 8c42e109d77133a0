import { parseUnit, type Unit } from '../model/unit';
import {
  NUMERIC_POLICY,
  convertExact,
  displayDecimals,
  exactDifference,
  exactSum,
  exactSumSkippingNaN,
  nearlyEqual,
  roundForDisplay,
} from './numeric-policy';

function unit(text: string): Unit {
  const u = parseUnit(text);
  if (u === null) throw new Error(`test unit ${text} unknown`);
  return u;
}

describe('exactSum', () => {
  it.each<[string, number[], number]>([
    ['an empty list', [], 0],
    ['safe integers (fast path)', [185000, 176000, 1], 361001],
    ['0.1 + 0.2', [0.1, 0.2], 0.3],
    ['1.1 + 2.2 + 3.3', [1.1, 2.2, 3.3], 6.6],
    ['negative values', [0.3, -0.1], 0.2],
    ['values that cancel', [0.1, -0.1], 0],
    ['exponent forms', [1e-7, 2e-7], 3e-7],
    ['large exponent forms', [1e21, 1e21], 2e21],
    ['mixed scales', [1234.5678, 0.0002, 100], 1334.568],
    ['integers beyond 2^53 (BigInt path)', [2 ** 53, 2], 2 ** 53 + 2],
  ])('sums %s exactly', (_name, values, expected) => {
    expect(exactSum(values)).toBe(expected);
  });

  it('has no float noise over many 1-decimal values', () => {
    // 1000 × 0.1 = 100 exactly; naive float addition gives 99.9999999999986
    const values = Array.from({ length: 1000 }, () => 0.1);
    expect(values.reduce((a, b) => a + b, 0)).not.toBe(100);
    expect(exactSum(values)).toBe(100);
  });

  it('sums long mantissas exactly (BigInt path)', () => {
    // 0.1234567890123456 has 16 significant digits: beyond the Number mantissa path
    expect(exactSum([0.1234567890123456, 0.0000000000000004])).toBe(0.123456789012346);
  });

  it('throws a TypeError on NaN or Infinity', () => {
    expect(() => exactSum([1, Number.NaN])).toThrow(TypeError);
    expect(() => exactSum([0.5, Infinity])).toThrow(TypeError);
  });

  it('does not mutate its input', () => {
    const values = [0.1, 0.2];
    const copy = [...values];
    exactSum(values);
    expect(values).toEqual(copy);
  });
});

describe('exactSumSkippingNaN', () => {
  it.each<[string, number[]]>([
    ['integers', [185000, NaN, 176000, 1]],
    ['short decimals', [0.1, NaN, 0.2, 1234.5678]],
    ['long mantissas (BigInt path)', [0.1234567890123456, NaN, 0.0000000000000004]],
    ['integers beyond 2^53', [2 ** 53, NaN, 2]],
  ])('sums the numbers of %s as exactSum sums them without the NaN', (_name, values) => {
    expect(exactSumSkippingNaN(values)).toBe(exactSum(values.filter((v) => !Number.isNaN(v))));
    expect(exactSumSkippingNaN(new Float64Array(values))).toBe(
      exactSum(values.filter((v) => !Number.isNaN(v))),
    );
  });

  it('gives 0 for no number and throws on Infinity', () => {
    expect(exactSumSkippingNaN([NaN, NaN])).toBe(0);
    expect(() => exactSumSkippingNaN([1.5, NaN, -Infinity])).toThrow(TypeError);
  });
});

describe('convertExact', () => {
  it.each<[number, string, string, number]>([
    [12345, '元', '万元', 1.2345], // ÷10000 by shifting the decimal point
    [8, '亿元', '万元', 80000], // ×10000
    [6.96, '亿元', '万元', 69600],
    [0.07, '万元', '元', 700], // 0.07 × 10000 in floats is 700.0000000000001
    [1.5, '万元', '亿元', 0.00015],
    [-2.5, '千元', '万元', -0.25],
    [3, '万人', '人', 30000],
    [2, '公顷', '亩', 30], // ×15
    [45, '亩', '公顷', 3], // ÷15
    [1, '亩', '公顷', 1 / 15],
    [7, '万元', '万元', 7],
    [12, '%', '%', 12],
  ])('converts %p %s to %s', (value, from, to, expected) => {
    expect(convertExact(value, unit(from), unit(to))).toBe(expected);
  });

  it.each<[string, string]>([
    ['万元', '人'],
    ['家', '个'],
    ['万美元', '万元'],
    ['%', '万元'],
  ])('throws a TypeError from %s to %s', (from, to) => {
    expect(() => convertExact(1, unit(from), unit(to))).toThrow(TypeError);
  });
});

describe('roundForDisplay', () => {
  it.each<[number, number, number]>([
    [2.675, 2, 2.68], // the double is 2.67499999…; the decimal 2.675 rounds half up
    [1.005, 2, 1.01],
    [5.05, 1, 5.1],
    [5.04, 1, 5],
    [-2.675, 2, -2.68], // half away from zero
    [-0.04, 1, 0], // no -0
    [1234.5, 0, 1235],
    [5.113636363636363, 1, 5.1],
    [82.59259259259258, 1, 82.6],
    [3, 2, 3],
    [9.995, 2, 10],
    [1e-7, 2, 0],
  ])('rounds %p to %p decimals as %p', (value, decimals, expected) => {
    expect(roundForDisplay(value, decimals)).toBe(expected);
  });

  it('rejects negative or fractional decimals', () => {
    expect(() => roundForDisplay(1, -1)).toThrow(RangeError);
    expect(() => roundForDisplay(1, 0.5)).toThrow(RangeError);
  });
});

describe('displayDecimals', () => {
  it.each<[string | null, number]>([
    ['亿元', 2],
    ['万元', 2],
    ['%', 1],
    ['‰', 1],
    ['家', NUMERIC_POLICY.otherDecimals],
    [null, NUMERIC_POLICY.otherDecimals],
  ])('gives %s %p decimals', (symbol, expected) => {
    expect(displayDecimals(symbol === null ? null : unit(symbol))).toBe(expected);
  });
});

describe('nearlyEqual', () => {
  it('absorbs float noise but not real differences', () => {
    expect(nearlyEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(nearlyEqual(50, 50.001)).toBe(false);
  });
});

describe('exactDifference', () => {
  it.each<[number, number, number]>([
    [12.5, 10.2, 2.3], // floats: 2.3000000000000007
    [185000, 176000, 9000],
    [0.3, 0.1, 0.2], // floats: 0.19999999999999998
    [1, 1, 0],
    [-0.1, 0.2, -0.3],
    [2 ** 53, 1, 2 ** 53 - 1], // beyond the fast paths
    [0.1234567890123456, 0.1, 0.0234567890123456],
    [1e-20, 0, 1e-20],
  ])('gives %p − %p as %p', (a, b, expected) => {
    expect(exactDifference(a, b)).toBe(expected);
    expect(exactDifference(a, b)).toBe(exactSum([a, -b]));
  });

  it('throws a TypeError on NaN', () => {
    expect(() => exactDifference(Number.NaN, 1)).toThrow(TypeError);
  });
});

/**
 * The definition the exact functions are checked against, independent of their fast
 * paths: each double as its shortest decimal (`String(v)`), summed in BigInt, the result
 * read back by `parseFloat` (correctly rounded).
 */
function referenceSum(values: readonly number[]): number {
  const decimals = values.map((v) => {
    const [mantissa = '0', exponent = '0'] = String(Math.abs(v)).split('e');
    const [whole = '0', fraction = ''] = mantissa.split('.');
    const digits = BigInt(whole + fraction);
    return { digits: v < 0 ? -digits : digits, scale: fraction.length - Number(exponent) };
  });
  const top = Math.max(0, ...decimals.map((d) => d.scale));
  let total = 0n;
  for (const d of decimals) total += d.digits * 10n ** BigInt(top - d.scale);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(top + 1, '0');
  const text =
    top === 0
      ? digits
      : `${digits.slice(0, digits.length - top)}.${digits.slice(digits.length - top)}`;
  const result = parseFloat(negative ? `-${text}` : text);
  return result === 0 ? 0 : result;
}

describe('exact arithmetic against its definition', () => {
  // Figures as offices type them: 0–4 decimals, magnitudes from 0.01 to 10^9, both signs,
  // and a few long or huge ones that need the slow paths.
  let seed = 20261128;
  const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const figure = (): number => {
    const decimals = Math.floor(random() * 5);
    const magnitude = 10 ** Math.floor(random() * 10);
    const value = Number((random() * magnitude).toFixed(decimals)) * (random() < 0.2 ? -1 : 1);
    if (random() < 0.02) return value * 2 ** 40; // a long mantissa
    return value;
  };

  it('gives every difference of typed figures as the exact decimal difference', () => {
    const wrong: number[][] = [];
    for (let i = 0; i < 5000; i++) {
      const a = figure();
      const b = figure();
      const expected = referenceSum([a, -b]);
      if (!Object.is(exactDifference(a, b), expected)) wrong.push([a, b, expected]);
    }
    expect(wrong).toEqual([]);
  });

  it('gives every column sum of typed figures as the exact decimal sum', () => {
    const wrong: number[][] = [];
    for (let i = 0; i < 300; i++) {
      const column = Array.from({ length: 1 + Math.floor(random() * 40) }, figure);
      if (!Object.is(exactSumSkippingNaN(column), referenceSum(column))) wrong.push(column);
    }
    expect(wrong).toEqual([]);
  });
});
