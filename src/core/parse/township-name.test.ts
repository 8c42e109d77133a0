import {
  hasRevisionMark,
  isTownshipLikeName,
  townshipIdentity,
  withoutRevision,
} from './township-name';

describe('townshipIdentity', () => {
  it.each([
    '甲镇',
    '甲镇（修改后）',
    '甲镇(修改后)',
    '甲镇-修订',
    '甲镇(更正)',
    '甲镇 v2',
    '甲镇V3',
    '甲镇_新',
    '甲镇（2）',
    '甲镇 (2)',
    '甲镇【最新】',
    '甲镇-终稿',
    '甲镇定稿',
    '甲镇修订版',
    '甲镇（修改后）v2',
    '甲镇-修订(2)',
    ' 甲 镇 ',
    '甲鎮',
    '甲镇（第二版）',
  ])('%j is 甲镇', (name) => {
    expect(townshipIdentity(name)).toBe('甲镇');
  });

  it.each([
    ['新镇', '新镇'],
    ['甲镇新区', '甲镇新区'],
    ['城新', '城新'],
    ['甲镇（2025年1-6月）', '甲镇(2025年1-6月)'],
    ['甲镇-2025', '甲镇-2025'],
    ['甲镇2', '甲镇2'],
    ['修订', '修订'],
    ['乙镇', '乙镇'],
  ])('%j is %j (no revision mark)', (name, identity) => {
    expect(townshipIdentity(name)).toBe(identity);
  });
});

describe('withoutRevision and hasRevisionMark', () => {
  it.each([
    ['甲镇（修改后）', '甲镇', true],
    ['甲镇_新', '甲镇', true],
    ['甲镇 v2', '甲镇', true],
    ['甲镇（2）', '甲镇', true],
    ['甲镇', '甲镇', false],
    ['新镇', '新镇', false],
    ['（修改后）', '（修改后）', false],
  ])('%j -> %j, marked %s', (name, base, marked) => {
    expect(withoutRevision(name)).toBe(base);
    expect(hasRevisionMark(name)).toBe(marked);
  });
});

describe('isTownshipLikeName', () => {
  it.each([
    ['东城镇', true],
    ['西城街道', true],
    ['南山乡', true],
    ['高新园区', true],
    ['县统计局', false],
    ['全县', false],
    ['全镇', false],
    ['各镇合计', false],
    ['Sheet1', false],
  ])('%j -> %s', (name, township) => {
    expect(isTownshipLikeName(name)).toBe(township);
  });
});
