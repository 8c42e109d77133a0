import { numberBlock, scratchNumbers } from './number-blocks';

describe('numberBlock', () => {
  it('hands out blocks that do not overlap, each of the length asked for', () => {
    const blocks = Array.from({ length: 40 }, (_, i) => numberBlock(1000 + i).fill(i));
    blocks.forEach((block, i) => {
      expect(block.length).toBe(1000 + i);
      expect(block.every((v) => v === i)).toBe(true); // no later block wrote over it
    });
  });

  it('gives a block larger than a quarter chunk an array of its own', () => {
    const big = numberBlock(20_000);
    expect(big.length).toBe(20_000);
    expect(big.byteOffset).toBe(0);
    expect(big.buffer.byteLength).toBe(20_000 * 8);
  });
});

describe('scratchNumbers', () => {
  it('has at least the length asked for, and is the same array while that fits', () => {
    const first = scratchNumbers(500);
    expect(first.length).toBeGreaterThanOrEqual(500);
    expect(scratchNumbers(10)).toBe(first);
    expect(scratchNumbers(first.length + 1).length).toBeGreaterThan(first.length);
  });
});
