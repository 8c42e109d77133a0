import {
  jsonBytes,
  MAX_REQUEST_BYTES,
  planRowBatches,
  readRowBytes,
  utf8Length,
} from '../../src/host/office/payload';

describe('planRowBatches', () => {
  it('keeps everything in one batch when it fits', () => {
    expect(planRowBatches([[10, 10], [10]], 100)).toEqual([
      [
        { item: 0, firstRow: 0, rowCount: 2, bytes: 20 },
        { item: 1, firstRow: 0, rowCount: 1, bytes: 10 },
      ],
    ]);
  });

  it('splits an item between rows when a batch is full', () => {
    expect(planRowBatches([[10, 10, 10], [10]], 25)).toEqual([
      [{ item: 0, firstRow: 0, rowCount: 2, bytes: 20 }],
      [
        { item: 0, firstRow: 2, rowCount: 1, bytes: 10 },
        { item: 1, firstRow: 0, rowCount: 1, bytes: 10 },
      ],
    ]);
  });

  it('puts a row bigger than the limit in a batch of its own', () => {
    expect(planRowBatches([[5, 50, 5]], 20).map((b) => b.map((x) => x.bytes))).toEqual([
      [5],
      [50],
      [5],
    ]);
  });

  it('plans no batch for no rows, and skips empty items', () => {
    expect(planRowBatches([], 10)).toEqual([]);
    expect(planRowBatches([[], [3]], 10)).toEqual([
      [{ item: 1, firstRow: 0, rowCount: 1, bytes: 3 }],
    ]);
  });

  it('never exceeds the limit and covers every row once', () => {
    const items = Array.from({ length: 30 }, (_, i) => new Array<number>(100 + i * 7).fill(13 + i));
    const batches = planRowBatches(items, 5000);
    for (const batch of batches) {
      expect(batch.reduce((sum, block) => sum + block.bytes, 0)).toBeLessThanOrEqual(5000);
    }
    const rows = items.map(() => 0);
    for (const block of batches.flat()) rows[block.item] = (rows[block.item] ?? 0) + block.rowCount;
    expect(rows).toEqual(items.map((item) => item.length));
    const total = items.flat().reduce((a, b) => a + b, 0);
    expect(batches.length).toBeLessThanOrEqual(Math.ceil(total / (5000 - 42)));
  });

  it('rejects a non-positive limit', () => {
    expect(() => planRowBatches([[1]], 0)).toThrow(RangeError);
  });

  it('uses 4 MB by default', () => {
    expect(MAX_REQUEST_BYTES).toBe(4 * 1024 * 1024);
    expect(planRowBatches([new Array<number>(5).fill(MAX_REQUEST_BYTES / 2)])).toHaveLength(3);
  });
});

describe('utf8Length and jsonBytes', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['汇总', 6],
    ['é', 2],
    ['😀', 4],
  ])('utf8Length(%j) is %d', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });

  it('measures JSON as UTF-8', () => {
    expect(jsonBytes(['汇总', 1.5])).toBe(Buffer.byteLength('["汇总",1.5]'));
  });
});

describe('readRowBytes', () => {
  it('adds formats and indents of the first columns', () => {
    expect(readRowBytes(8, { formats: false, indentColumns: 0 })).toBe(8 * 24);
    expect(readRowBytes(8, { formats: true, indentColumns: 0 })).toBe(8 * 36);
    expect(readRowBytes(2, { formats: true, indentColumns: 3 })).toBe(2 * 36 + 2 * 32);
  });
});
