import { valuesFingerprint } from '../../src/host/office/fingerprint';
import { planOutputNames } from '../../src/host/office/write-plan';
import { isPayloadTooLarge, splitBlocks } from '../../src/host/office/payload-retry';

describe('valuesFingerprint', () => {
  it('is the same for what Excel gives back and different for any edit', () => {
    const written = [
      ['汇总', 0.1 + 0.2, ''],
      ['a\r\nb', -0, 12345678.123456789],
    ];
    const readBack = [
      ['汇总', 0.3, ''],
      ['a\nb', 0, 12345678.1234568],
    ];
    expect(valuesFingerprint(readBack)).toBe(valuesFingerprint(written));
    expect(valuesFingerprint([['汇总', 0.31, '']])).not.toBe(
      valuesFingerprint([['汇总', 0.3, '']]),
    );
    expect(valuesFingerprint([['a', 'b']])).not.toBe(valuesFingerprint([['ab', '']]));
    expect(valuesFingerprint([['a'], ['b']])).not.toBe(valuesFingerprint([['a', 'b']]));
    expect(valuesFingerprint([[1]])).not.toBe(valuesFingerprint([['1']]));
    expect(valuesFingerprint([])).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('splitBlocks and isPayloadTooLarge', () => {
  it('halves a batch by bytes, cutting a block between rows', () => {
    expect(splitBlocks([{ item: 0, firstRow: 0, rowCount: 4, bytes: 40 }])).toEqual([
      [{ item: 0, firstRow: 0, rowCount: 2, bytes: 20 }],
      [{ item: 0, firstRow: 2, rowCount: 2, bytes: 20 }],
    ]);
    const halves = splitBlocks([
      { item: 0, firstRow: 0, rowCount: 1, bytes: 10 },
      { item: 1, firstRow: 0, rowCount: 9, bytes: 90 },
    ]);
    expect(halves?.map((h) => h.reduce((sum, b) => sum + b.rowCount, 0))).toEqual([5, 5]);
    expect(splitBlocks([{ item: 0, firstRow: 3, rowCount: 1, bytes: 10 }])).toBeNull();
  });

  it('knows the payload error codes', () => {
    expect(isPayloadTooLarge({ code: 'RequestPayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadTooLarge({ code: 'ResponsePayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadTooLarge({ code: 'ItemNotFound' })).toBe(false);
    expect(isPayloadTooLarge('RequestPayloadSizeLimitExceeded')).toBe(false);
  });
});

describe('planOutputNames', () => {
  it('asks only about edited sheets an output lands on, and says why it went beside', () => {
    const states = new Map([
      ['汇总(2)', 'edited' as const],
      ['审核', 'unedited' as const],
      ['综述', 'edited' as const],
    ]);
    const existing = ['汇总', '汇总(2)', '审核', '综述', '分乡镇'];
    const keep = planOutputNames(existing, states, ['汇总', '审核'], false);
    expect(keep.askable).toEqual(['汇总(2)']);
    expect(keep.names).toEqual(['汇总(3)', '审核']);
    expect(keep.deleted).toEqual(['审核']);
    expect(keep.notices).toEqual([{ wanted: '汇总', written: '汇总(3)', reason: 'user-sheet' }]);
    const replace = planOutputNames(existing, states, ['汇总', '审核'], true);
    expect(replace.names).toEqual(['汇总(2)', '审核']);
    expect(replace.deleted).toEqual(['审核', '汇总(2)']);
    const edited = planOutputNames(existing, states, ['综述'], false);
    expect(edited.notices).toEqual([
      { wanted: '综述', written: '综述(2)', reason: 'edited-sheet' },
    ]);
  });
});
