import { dedupeInputs, type InputIdentity } from './dedupe-inputs';

const a: InputIdentity = {
  shown: '乡镇/甲镇.xlsx',
  file: '甲镇.xlsx',
  real: '/r/甲镇.xlsx',
  hash: 'h1',
};
const b: InputIdentity = {
  shown: '乡镇/乙镇.xlsx',
  file: '乙镇.xlsx',
  real: '/r/乙镇.xlsx',
  hash: 'h2',
};

describe('dedupeInputs', () => {
  it.each<[string, InputIdentity[], string[], [string, string, Record<string, string>][]]>([
    ['different files', [a, b], ['甲镇.xlsx', '乙镇.xlsx'], []],
    [
      'the same path twice',
      [a, b, a],
      ['甲镇.xlsx', '乙镇.xlsx'],
      [['read.same-path', 'info', { file: '乡镇/甲镇.xlsx' }]],
    ],
    [
      'two spellings (or a link, or a folder plus its file)',
      [a, { ...a, shown: './乡镇/../乡镇/甲镇.xlsx' }],
      ['甲镇.xlsx'],
      [['read.same-file', 'info', { file: './乡镇/../乡镇/甲镇.xlsx', first: '乡镇/甲镇.xlsx' }]],
    ],
    [
      'the same bytes under another name',
      [a, { ...b, hash: 'h1' }],
      ['甲镇.xlsx'],
      [['read.same-content', 'error', { file: '乡镇/乙镇.xlsx', first: '乡镇/甲镇.xlsx' }]],
    ],
    [
      'browser files (no real path): same bytes',
      [
        { shown: '甲镇.xlsx', file: '甲镇.xlsx', hash: 'h1' },
        { shown: '乙镇.xlsx', file: '乙镇.xlsx', hash: 'h1' },
      ],
      ['甲镇.xlsx'],
      [['read.same-content', 'error', { file: '乙镇.xlsx', first: '甲镇.xlsx' }]],
    ],
  ])('%s', (_what, inputs, kept, notices) => {
    const result = dedupeInputs(inputs);
    expect(result.kept.map((i) => i.file)).toEqual(kept);
    expect(result.notices.map((n) => [n.code, n.level, n.params])).toEqual(notices);
  });
});
