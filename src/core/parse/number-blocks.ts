/**
 * Blocks of doubles for parsed sheets, cut from shared chunks. A typed array of its own per
 * sheet is an allocation outside the heap, with bookkeeping in every garbage collection,
 * 1,000 times for a county; a block cut from a chunk is one small object. A chunk lives as
 * long as any block cut from it.
 */
const CHUNK_LENGTH = 1 << 16; // 65,536 doubles: 512 KB
let chunk = new Float64Array(0);
let used = 0;

/**
 * A block of `length` doubles of its own (the caller fills it: a reused chunk is not
 * cleared).
 *
 * @example
 * const block = numberBlock(10).fill(NaN);
 */
export function numberBlock(length: number): Float64Array {
  if (length > CHUNK_LENGTH / 4) return new Float64Array(length);
  if (used + length > chunk.length) {
    chunk = new Float64Array(CHUNK_LENGTH);
    used = 0;
  }
  const block = chunk.subarray(used, used + length);
  used += length;
  return block;
}

let scratch = new Float64Array(0);

/**
 * At least `length` doubles for work within one call, overwritten by the next caller:
 * write before reading.
 *
 * @example
 * const readings = scratchNumbers(1000);
 */
export function scratchNumbers(length: number): Float64Array {
  if (scratch.length < length) scratch = new Float64Array(Math.max(length, scratch.length * 2));
  return scratch;
}
