import { statTable, type RowSpec } from '../../../../test/helpers/stat-table';
import { consolidate } from '../../consolidate';
import type { AuditRule } from '../rule';
import { DEFAULT_AUDIT_SETTINGS, type AuditSettings } from '../settings';
import { growthLargeRule } from './plausibility-growth-large';
import { negativeImpossibleRule } from './plausibility-negative-impossible';
import { signFlipRule } from './plausibility-sign-flip';
import { unitSlipRule } from './plausibility-unit-slip';

function audit(rule: AuditRule, rows: readonly RowSpec[], settings: Partial<AuditSettings> = {}) {
  const consolidation = consolidate([statTable('东城镇', rows)]);
  return rule
    .run({ consolidation }, { ...DEFAULT_AUDIT_SETTINGS, ...settings })
    .map((f) => [f.code, f.level, f.location.cell, f.actual]);
}

const output = (spec: Partial<RowSpec>): RowSpec => ({
  label: '工业总产值',
  unit: '万元',
  ...spec,
});
const profit = (spec: Partial<RowSpec>): RowSpec => ({ label: '利润总额', unit: '万元', ...spec });

describe('plausibility.growth-large', () => {
  it.each([
    ['a growth of 20%', [output({ current: 120, previous: 100 })], {}, []],
    ['a growth of exactly 50%', [output({ current: 150, previous: 100 })], {}, []],
    [
      'a growth of 60%',
      [output({ current: 160, previous: 100 })],
      {},
      [['audit.growth-large-up', 'verify', 'E2', 60]],
    ],
    [
      'one more project on a base of one (a count moving by fewer than 5)',
      [{ label: '亿元以上项目', unit: '个', current: 2, previous: 1 }],
      {},
      [],
    ],
    [
      'ten more firms on a base of ten',
      [{ label: '入园企业数', unit: '家', current: 20, previous: 10 }],
      {},
      [['audit.growth-large-up', 'verify', 'E2', 100]],
    ],
    [
      'a profit turning into a loss (a sign flip, not a growth)',
      [profit({ current: -20, previous: 100 })],
      {},
      [],
    ],
    [
      'a growth of 66.67%, shown to 1 decimal',
      // 5 / 3 − 1 = 66.666…%
      [output({ current: 5, previous: 3 })],
      {},
      [['audit.growth-large-up', 'verify', 'E2', 66.7]],
    ],
    [
      'a fall of 70%',
      [output({ current: 30, previous: 100 })],
      {},
      [['audit.growth-large-down', 'verify', 'E2', -70]],
    ],
    [
      '60% under a per-indicator threshold of 80',
      [output({ current: 160, previous: 100 })],
      { growthThresholds: { 工业总产值: 80 } },
      [],
    ],
    [
      'a reported growth without 上年同期',
      [output({ current: 160, growth: 75 })],
      {},
      [['audit.growth-large-up', 'verify', 'E2', 75]],
    ],
  ])('%s', (_, rows, settings, expected) => {
    expect(audit(growthLargeRule, rows, settings)).toEqual(expected);
  });
});

describe('plausibility.sign-flip', () => {
  it.each([
    ['a profit that grew', [profit({ current: 120, previous: 100 })], []],
    [
      'a profit turned to loss',
      [profit({ current: -20, previous: 100 })],
      [['audit.sign-flip-to-negative', 'verify', 'C2', -20]],
    ],
    [
      'a loss turned to profit',
      [profit({ current: 20, previous: -100 })],
      [['audit.sign-flip-to-positive', 'verify', 'C2', 20]],
    ],
    [
      'an output (not signed: negative-impossible reports it)',
      [output({ current: -20, previous: 100 })],
      [],
    ],
  ])('%s', (_, rows, expected) => {
    expect(audit(signFlipRule, rows)).toEqual(expected);
  });
});

describe('plausibility.negative-impossible', () => {
  it.each([
    ['positive output', [output({ current: 120, previous: 100 })], []],
    ['a negative profit', [profit({ current: -20, previous: -5 })], []],
    ['a negative growth', [output({ current: 90, previous: 100, growth: -10 })], []],
    [
      'a negative output last year',
      [output({ current: 120, previous: -100 })],
      [['audit.negative-impossible', 'verify', 'D2', -100]],
    ],
    [
      'a negative firm count',
      [{ label: '入园企业数', unit: '家', current: -3 }],
      [['audit.negative-impossible', 'verify', 'C2', -3]],
    ],
  ])('%s', (_, rows, expected) => {
    expect(audit(negativeImpossibleRule, rows)).toEqual(expected);
  });
});

describe('plausibility.unit-slip', () => {
  it.each([
    ['a normal year', [output({ current: 1200, previous: 1000 })], []],
    [
      '本期 in 元 against 上年同期 in 万元',
      [output({ current: 12000000, previous: 1000 })],
      [['audit.unit-slip-previous', 'verify', 'C2', 12000000]],
    ],
    [
      '本期 in 万元 against 上年同期 in 元',
      [output({ current: 1200, previous: 10000000 })],
      [['audit.unit-slip-previous', 'verify', 'C2', 1200]],
    ],
    ['a 100-fold growth (not a slip)', [output({ current: 100000, previous: 1000 })], []],
  ])('%s', (_, rows, expected) => {
    expect(audit(unitSlipRule, rows)).toEqual(expected);
  });

  // With peers, the finding goes on the column that is off from the other townships.
  it.each([
    [
      '上年同期 typed in 元',
      { current: 1100, previous: 10000000 },
      'audit.unit-slip-current',
      'D2',
      10000000,
    ],
    [
      '本期 typed in 元',
      { current: 11000000, previous: 1000 },
      'audit.unit-slip-previous',
      'C2',
      11000000,
    ],
  ])('against last year, with peers: %s', (_, slipped, code, cell, actual) => {
    const peers = ['西河镇', '南湖街道', '北山乡'].map((name) =>
      statTable(name, [output({ current: 1200, previous: 1000 })]),
    );
    const tables = [statTable('东城镇', [output(slipped)]), ...peers];
    const findings = unitSlipRule
      .run({ consolidation: consolidate(tables) }, DEFAULT_AUDIT_SETTINGS)
      .filter((f) => f.location.sheet === '东城镇');
    expect(findings.map((f) => [f.code, f.location.cell, f.actual])).toEqual([
      [code, cell, actual],
    ]);
  });

  const township = (name: string, size: number, taxFactor = 1) =>
    statTable(name, [
      output({ current: 1000 * size }),
      { label: '销售收入', unit: '万元', current: 900 * size },
      { label: '工商税收', unit: '万元', current: 50 * size * taxFactor },
      { label: '入园企业数', unit: '家', current: 10 * size },
    ]);

  it.each([
    ['townships of different sizes', [1, 2, 0.5, 30, 1.5], null],
    ['one township with its tax in 元', [1, 2, 0.5, 30, 1.5], 3],
  ])('against peers: %s', (_, sizes, slipAt) => {
    const tables = sizes.map((size, i) => township(`镇${i}`, size, i === slipAt ? 10000 : 1));
    const findings = unitSlipRule.run(
      { consolidation: consolidate(tables) },
      DEFAULT_AUDIT_SETTINGS,
    );
    expect(findings.map((f) => [f.code, f.location.sheet, f.location.cell, f.actual])).toEqual(
      slipAt === null ? [] : [['audit.unit-slip-peers', `镇${slipAt}`, 'C4', 50 * 30 * 10000]],
    );
  });
});
