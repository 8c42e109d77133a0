import type { IndicatorRow } from '../../model/table';

/**
 * Whether an indicator may legitimately be negative (利润, 利税, 盈亏, 净…): such
 * indicators are not checked for negative values, and a 其中 item of one may exceed it.
 *
 * @example
 * canBeNegative({ name: '利润总额' }, ['利润']) // true
 * canBeNegative({ name: '工业总产值' }, ['利润']) // false
 */
export function canBeNegative(
  row: Pick<IndicatorRow, 'name'>,
  patterns: readonly string[],
): boolean {
  return patterns.some((pattern) => pattern !== '' && row.name.includes(pattern));
}

/**
 * `canBeNegative` with the patterns bound once, for a rule that asks it for every row: the
 * answer is remembered per name (the same indicators recur in every township), for as long
 * as the matcher lives.
 *
 * @example
 * const signed = signedMatcher(['利润']);
 * signed({ name: '利润总额' }) // true
 */
export function signedMatcher(
  patterns: readonly string[],
): (row: Pick<IndicatorRow, 'name'>) => boolean {
  const used = patterns.filter((pattern) => pattern !== '');
  const byName = new Map<string, boolean>();
  return (row) => {
    let signed = byName.get(row.name);
    if (signed === undefined) {
      signed = used.some((pattern) => row.name.includes(pattern));
      byName.set(row.name, signed);
    }
    return signed;
  };
}
