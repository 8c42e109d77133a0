/**
 * Fingerprints of what an output sheet holds: a 64-bit hash (two FNV-1a 32-bit hashes with
 * different seeds) of its cell values, row by row. The same function hashes the values the
 * writer sends and the values read back later, so an unedited sheet gives the same print.
 * Values are compared as Excel keeps them: numbers to 15 significant digits (Excel's
 * precision), -0 as 0, "" and null alike, line breaks as "\n". Pure.
 */

/** A running fingerprint: feed rows in order, then `digest()`. */
export interface Fingerprint {
  addRow(row: readonly unknown[]): void;
  /** 16 hex digits. */
  digest(): string;
}

const SEED_A = 0x811c9dc5;
const SEED_B = 0x01000193 ^ 0x5bd1e995;

/**
 * A new running fingerprint.
 *
 * @example
 * const print = createFingerprint();
 * print.addRow(['汇总', 1.5]);
 * print.digest() // "…16 hex digits…"
 */
export function createFingerprint(): Fingerprint {
  let a = SEED_A;
  let b = SEED_B;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 13);
    }
  };
  return {
    addRow(row) {
      for (const value of row) {
        feed(cellKey(value));
        feed('\u0001');
      }
      feed('\u0002');
    },
    digest() {
      return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
    },
  };
}

/**
 * The fingerprint of a whole rectangle of values.
 *
 * @example
 * valuesFingerprint([['汇总', 0.1 + 0.2]]) === valuesFingerprint([['汇总', 0.3]]) // true
 */
export function valuesFingerprint(rows: readonly (readonly unknown[])[]): string {
  const print = createFingerprint();
  for (const row of rows) print.addRow(row);
  return print.digest();
}

function cellKey(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'n:';
    const rounded = Number(value.toPrecision(15));
    return `n:${rounded === 0 ? 0 : rounded}`;
  }
  if (typeof value === 'boolean') return `b:${value}`;
  return `s:${String(value).replace(/\r\n?/g, '\n')}`;
}
