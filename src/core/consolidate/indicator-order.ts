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
 * The consolidated order of indicator keys, built row by row: the first table's order; a
 * key first seen in a later table goes right after its predecessor in that table (after
 * the predecessor's 其中 rows unless it is one of them itself), at the top when it has
 * none. A linked list keeps this linear in the number of rows. The caller says whether a
 * key is new, so a pass that looks keys up anyway does not look them up twice.
 *
 * @example
 * const order = new IndicatorOrder();
 * order.startTable();
 * order.add('工业总产值');
 * order.keys() // ['工业总产值']
 */
export class IndicatorOrder {
  readonly #next = new Map<string, string | null>([[START, null]]);
  #predecessor = START;

  /** Whether `key` has been added. */
  has(key: string): boolean {
    return this.#next.has(key);
  }

  /** The rows of the next table follow. */
  startTable(): void {
    this.#predecessor = START;
  }

  /** A row whose key was added before (by this table or an earlier one). */
  seen(key: string): void {
    this.#predecessor = key;
  }

  /** A row with a key not added before. */
  add(key: string): void {
    const next = this.#next;
    let anchor = this.#predecessor;
    const outer = enclosing(anchor, key);
    if (outer !== null) {
      const prefix = `${outer}>`;
      for (let after = next.get(anchor) ?? null; after !== null && after.startsWith(prefix);) {
        anchor = after;
        after = next.get(anchor) ?? null;
      }
    }
    next.set(key, next.get(anchor) ?? null);
    next.set(anchor, key);
    this.#predecessor = key;
  }

  /** The keys in consolidated order. */
  keys(): string[] {
    const order: string[] = [];
    for (let key = this.#next.get(START) ?? null; key !== null; key = this.#next.get(key) ?? null)
      order.push(key);
    return order;
  }
}

/**
 * The consolidated order of the tables' indicator keys (see `IndicatorOrder`).
 *
 * @example
 * // 东城镇: 工业总产值, 利润总额; 西城镇: 工业总产值, 税收, 利润总额
 * indicatorOrder([east, west]) // ['工业总产值', '税收', '利润总额']
 */
export function indicatorOrder(tables: readonly StatTable[]): string[] {
  const order = new IndicatorOrder();
  for (const table of tables) {
    order.startTable();
    for (const { key } of table.rows) {
      if (order.has(key)) order.seen(key);
      else order.add(key);
    }
  }
  return order.keys();
}
