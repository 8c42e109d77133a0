/**
 * The matching key of a 其中 row: its parent's key, ">" and its own name, as one string
 * object per key. Built per row, a county of 1,000 sheets of 200 rows would make 160,000
 * strings, and every map keyed by indicator (consolidation, audit) would compare them
 * character by character; the same key from every sheet is the same string here, so those
 * lookups find it by pointer.
 */
const keys = new Map<string, Map<string, string>>();
let size = 0;
const CACHE_LIMIT = 50_000;

/**
 * @example
 * childKey('工业总产值', '规模以上工业产值') // "工业总产值>规模以上工业产值"
 * childKey('工业总产值', '规模以上工业产值') === childKey('工业总产值', '规模以上工业产值') // true
 */
export function childKey(parentKey: string, name: string): string {
  let byName = keys.get(parentKey);
  if (byName === undefined) {
    if (size >= CACHE_LIMIT) {
      keys.clear();
      size = 0;
    }
    keys.set(parentKey, (byName = new Map()));
  }
  let key = byName.get(name);
  if (key === undefined) {
    key = `${parentKey}>${name}`;
    byName.set(name, key);
    size++;
  }
  return key;
}
