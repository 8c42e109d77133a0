import { convertExact } from '../../compute';
import { convertible, type Unit } from '../../model/unit';

/**
 * A value expressed in another unit; unchanged when either unit is unknown; null when the
 * units do not convert.
 *
 * @example
 * toUnit(12000, parseUnit('万元'), parseUnit('亿元')) // 1.2
 * toUnit(5, parseUnit('家'), parseUnit('万元')) // null
 */
export function toUnit(value: number, from: Unit | null, to: Unit | null): number | null {
  if (from === null || to === null) return value;
  if (!convertible(from, to)) return null;
  return convertExact(value, from, to);
}

/**
 * The factor that takes a value in `from` to `to` (1 when either is unknown), null when the
 * units do not convert.
 *
 * @example
 * unitRatio(parseUnit('万元'), parseUnit('亿元')) // 0.0001
 */
export function unitRatio(from: Unit | null, to: Unit | null): number | null {
  if (from === null || to === null) return 1;
  if (!convertible(from, to)) return null;
  return from.factor / to.factor;
}
