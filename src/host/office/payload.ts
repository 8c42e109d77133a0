/**
 * Request-size planning: Excel on the web refuses a request or response over 5 MB, so the
 * adapter keeps each `context.sync()` under a budget (4 MB by default, leaving room for the
 * protocol's own wrapping) and splits big jobs into batches of whole rows. Pure.
 */

/** Default budget of one request (bytes of JSON data set or loaded in one sync). */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/**
 * Estimated bytes per cell when reading: a value (a number or a short label, JSON-encoded)
 * plus its number format. Labels in Chinese can be longer; 4 MB stays well under 5 MB.
 */
export const READ_VALUE_BYTES = 24;
export const READ_FORMAT_BYTES = 12;
/** Per cell of `getCellProperties({ format: { indentLevel: true } })`. */
export const READ_INDENT_BYTES = 32;

/** A run of rows of one item (sheet) written or read in one batch. */
export interface RowBlock {
  /** Index of the item (sheet) in the planner's input. */
  readonly item: number;
  /** First row of the block, 0-based within the item. */
  readonly firstRow: number;
  readonly rowCount: number;
  /** Bytes of the block's rows. */
  readonly bytes: number;
}

/**
 * Packs the rows of several items into batches of at most `limit` bytes, in order; an item
 * too big for one batch is split between rows. A single row bigger than the limit goes in a
 * batch of its own (it cannot be split). Returns one list of blocks per batch; no batches
 * when there are no rows.
 *
 * @param rowBytes for each item, the bytes of each of its rows.
 * @example
 * planRowBatches([[10, 10], [10]], 25)
 * // [[{ item: 0, firstRow: 0, rowCount: 2, bytes: 20 }],
 * //  [{ item: 1, firstRow: 0, rowCount: 1, bytes: 10 }]]
 */
export function planRowBatches(
  rowBytes: readonly (readonly number[])[],
  limit: number = MAX_REQUEST_BYTES,
): RowBlock[][] {
  if (!(limit > 0)) throw new RangeError(`request limit must be positive: ${limit}`);
  const batches: RowBlock[][] = [];
  let batch: RowBlock[] = [];
  let batchBytes = 0;
  rowBytes.forEach((rows, item) => {
    let first = 0;
    let blockBytes = 0;
    const closeBlock = (end: number): void => {
      if (end > first)
        batch.push({ item, firstRow: first, rowCount: end - first, bytes: blockBytes });
      first = end;
      blockBytes = 0;
    };
    rows.forEach((bytes, row) => {
      if (batchBytes + bytes > limit && batchBytes > 0) {
        closeBlock(row);
        batches.push(batch);
        batch = [];
        batchBytes = 0;
      }
      batchBytes += bytes;
      blockBytes += bytes;
    });
    closeBlock(rows.length);
  });
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * Bytes of a value as UTF-8 JSON: what a request carries for it.
 *
 * @example
 * jsonBytes(['汇总', 1.5]) // 14
 */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}

/**
 * UTF-8 length of a string without TextEncoder or Buffer (works in every host).
 *
 * @example
 * utf8Length('a汇') // 4
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Estimated bytes of reading one row of `columns` cells: values, number formats when
 * loaded, and indent levels for the first `indentColumns` cells.
 *
 * @example
 * readRowBytes(8, { formats: true, indentColumns: 0 }) // 288
 */
export function readRowBytes(
  columns: number,
  options: { readonly formats: boolean; readonly indentColumns: number },
): number {
  const perCell = READ_VALUE_BYTES + (options.formats ? READ_FORMAT_BYTES : 0);
  return columns * perCell + Math.min(columns, options.indentColumns) * READ_INDENT_BYTES;
}
