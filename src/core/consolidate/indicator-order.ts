import type { StatTable } from '../model/table';

const START = '\u0000start';

/**
 * The outermost ancestor-or-self of `predecessor` that is not an ancestor of `key`: a new
 * row inserted after `predecessor` must also go after that ancestor's 其中 rows, so that
 * 其中 rows stay after their parent. Keys nest as "parent>child".
 */
function enclosing(predecessor: string, key: string): string | null {
  if (predecessor === START) return null;
  const pred = predecessor.split('>');
  const own = key.split('>');
  let common = 0;
  while (common < pred.length && common < own.length - 1 && pred[common] === own[common]) common++;
  if (common >= pred.length) return null;
  return pred.slice(0, common + 1).join('>');
}

/**
 * The consolidated order of indicator keys: the first table's order; a key first seen in
 * a later table goes right after its predecessor in that table (after the predecessor's
 * 其中 rows unless it is one of them itself), at the top when it has none. A linked list
 * keeps this linear in the number of rows.
 *
 * @example
 * // 东城镇: 工业总产值, 利润总额; 西城镇: 工业总产值, 税收, 利润总额
 * indicatorOrder([east, west]) // ['工业总产值', '税收', '利润总额']
 */
export function indicatorOrder(tables: readonly StatTable[]): string[] {
  const next = new Map<string, string | null>([[START, null]]);
  const insertAfter = (anchor: string, key: string): void => {
    next.set(key, next.get(anchor) ?? null);
    next.set(anchor, key);
  };
  for (const table of tables) {
    let predecessor = START;
    for (const row of table.rows) {
      if (next.has(row.key)) {
        predecessor = row.key;
        continue;
      }
      let anchor = predecessor;
      const outer = enclosing(predecessor, row.key);
      if (outer !== null) {
        const prefix = `${outer}>`;
        for (let after = next.get(anchor) ?? null; after !== null && after.startsWith(prefix);) {
          anchor = after;
          after = next.get(anchor) ?? null;
        }
      }
      insertAfter(anchor, row.key);
      predecessor = row.key;
    }
  }
  const order: string[] = [];
  for (let key = next.get(START) ?? null; key !== null; key = next.get(key) ?? null)
    order.push(key);
  return order;
}
