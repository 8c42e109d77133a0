/** Excel's longest sheet name. */
export const MAX_SHEET_NAME_LENGTH = 31;

/**
 * A sheet name Excel accepts, unique among `taken` (compared case-insensitively, as Excel
 * does): forbidden characters `[]:*?/\` become "_", leading/trailing apostrophes are
 * dropped, the name is cut to 31 characters, and a clash gets a suffix "(2)", "(3)"…
 * An empty name becomes "Sheet".
 *
 * @example
 * uniqueSheetName('汇总', ['汇总']) // "汇总(2)"
 * uniqueSheetName('a/b', []) // "a_b"
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const base = sanitizeSheetName(wanted);
  const used = new Set<string>();
  for (const name of taken) used.add(name.toLowerCase());
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const candidate = `${[...base].slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).join('')}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * @example sanitizeSheetName("'审核*'") // "审核_"
 */
export function sanitizeSheetName(wanted: string): string {
  const cleaned = wanted
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/^'+|'+$/g, '')
    .trim();
  const cut = [...cleaned].slice(0, MAX_SHEET_NAME_LENGTH).join('');
  return cut === '' ? 'Sheet' : cut;
}
