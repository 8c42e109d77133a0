import type { RowBlock } from './payload';

/** Error codes of a request or response over the host's payload limit (5 MB on the web). */
export const PAYLOAD_ERROR_CODES: readonly string[] = [
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
];

/**
 * Whether an error from `context.sync()` says the request or its response was too big
 * (`OfficeExtension.Error.code`).
 *
 * @example
 * isPayloadTooLarge({ code: 'RequestPayloadSizeLimitExceeded' }) // true
 * isPayloadTooLarge(new Error('ItemNotFound')) // false
 */
export function isPayloadTooLarge(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && PAYLOAD_ERROR_CODES.includes(code);
}

/**
 * Splits a batch's blocks into two halves of about equal bytes, cutting a block between
 * rows where needed; null when the batch is a single row (it cannot be split).
 *
 * @example
 * splitBlocks([{ item: 0, firstRow: 0, rowCount: 4, bytes: 40 }])
 * // [[{ item: 0, firstRow: 0, rowCount: 2, bytes: 20 }],
 * //  [{ item: 0, firstRow: 2, rowCount: 2, bytes: 20 }]]
 */
export function splitBlocks(blocks: readonly RowBlock[]): [RowBlock[], RowBlock[]] | null {
  const rows = blocks.reduce((sum, block) => sum + block.rowCount, 0);
  if (rows <= 1) return null;
  const total = blocks.reduce((sum, block) => sum + block.bytes, 0);
  const half = total / 2;
  const left: RowBlock[] = [];
  const right: RowBlock[] = [];
  let bytes = 0;
  for (const block of blocks) {
    if (right.length > 0 || (bytes >= half && left.length > 0)) {
      right.push(block);
      continue;
    }
    if (bytes + block.bytes <= half || block.rowCount === 1) {
      left.push(block);
      bytes += block.bytes;
      continue;
    }
    const perRow = block.bytes / block.rowCount;
    const take = Math.min(
      block.rowCount - 1,
      Math.max(1, Math.round((half - bytes) / Math.max(perRow, 1))),
    );
    const takeBytes = Math.round(perRow * take);
    left.push({ ...block, rowCount: take, bytes: takeBytes });
    right.push({
      ...block,
      firstRow: block.firstRow + take,
      rowCount: block.rowCount - take,
      bytes: block.bytes - takeBytes,
    });
    bytes += takeBytes;
  }
  if (right.length === 0) {
    // Everything fit in the left half by bytes: move the last block (or its rows) over.
    const last = left.pop() as RowBlock;
    if (last.rowCount === 1) return [left, [last]];
    const take = Math.floor(last.rowCount / 2);
    const perRow = last.bytes / last.rowCount;
    left.push({ ...last, rowCount: take, bytes: Math.round(perRow * take) });
    right.push({
      ...last,
      firstRow: last.firstRow + take,
      rowCount: last.rowCount - take,
      bytes: last.bytes - Math.round(perRow * take),
    });
  }
  return [left, right];
}

/**
 * Queues a batch of row blocks and syncs it; when the host refuses it as too big, splits it
 * in two and tries each half, down to single rows. `queue` gets the blocks of one attempt
 * and whether they end the batch (the last piece); `done` gets what `queue` returned, after
 * a successful sync. A refused request ran nothing (the host checks its size first), so a
 * piece can be queued again as it was. Returns the number of syncs.
 *
 * @example
 * await syncBlocks(context, batch, (blocks, last) => queueWrites(blocks, last), collect);
 */
export async function syncBlocks<T>(
  context: { sync(): Promise<void> },
  blocks: readonly RowBlock[],
  queue: (blocks: readonly RowBlock[], last: boolean) => T,
  done: (queued: T) => void = () => undefined,
  last = true,
): Promise<number> {
  const queued = queue(blocks, last);
  try {
    await context.sync();
  } catch (error) {
    const halves = isPayloadTooLarge(error) ? splitBlocks(blocks) : null;
    if (halves === null) throw error;
    const first = await syncBlocks(context, halves[0], queue, done, false);
    return 1 + first + (await syncBlocks(context, halves[1], queue, done, last));
  }
  done(queued);
  return 1;
}
