import { statTable, type RowSpec } from '../../../../test/helpers/stat-table';
import { consolidate } from '../../consolidate';
import type { AuditRule } from '../rule';
import { DEFAULT_AUDIT_SETTINGS } from '../settings';
import { growthBaseRule } from './growth-base-not-positive';
import { completionReportedRule } from './growth-completion-vs-computed';
import { growthReportedRule } from './growth-reported-vs-computed';

function audit(rule: AuditRule, rows: readonly RowSpec[]) {
  const consolidation = consolidate([statTable('东城镇', rows)]);
  return rule
    .run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
    .map((f) => [f.code, f.level, f.location.cell, f.expected, f.actual]);
}

const row = (spec: Partial<RowSpec>): RowSpec => ({ label: '工业总产值', unit: '万元', ...spec });
// 185000 / 176000 − 1 = 5.1136…% (shown 5.1); 185000 / 400000 = 46.25% (shown half-up: 46.3)
const base = { current: 185000, previous: 176000, target: 400000 };

describe('growth.reported-vs-computed', () => {
  it.each([
    ['a growth rounded to 1 decimal', [row({ ...base, growth: 5.1 })], []],
    ['no growth reported', [row(base)], []],
    [
      'small figures whose rounding moves the growth',
      [row({ current: 0.3, previous: 0.2, growth: 45 })],
      [],
    ],
    ['a rate row (not checked)', [row({ unit: '%', current: 5, previous: 4, growth: 1 })], []],
    [
      'a wrong growth',
      [row({ ...base, growth: 5.3 })],
      [['audit.growth-mismatch', 'error', 'E2', 5.1, 5.3]],
    ],
  ])('%s', (_, rows, expected) => {
    expect(audit(growthReportedRule, rows)).toEqual(expected);
  });
});

describe('growth.completion-vs-computed', () => {
  it.each([
    ['a completion rounded to 1 decimal', [row({ ...base, completion: 46.3 })], []],
    [
      'a wrong completion',
      [row({ ...base, completion: 48 })],
      [['audit.completion-mismatch', 'error', 'G2', 46.3, 48]],
    ],
  ])('%s', (_, rows, expected) => {
    expect(audit(completionReportedRule, rows)).toEqual(expected);
  });
});

describe('growth.base-not-positive', () => {
  it.each([
    ['a positive base', [row({ ...base, growth: 5.1 })], []],
    ['a zero base without growth', [row({ current: 5, previous: 0 })], []],
    [
      'a zero base with growth',
      [row({ current: 5, previous: 0, growth: 100 })],
      [['audit.growth-base-not-positive', 'verify', 'E2', null, 100]],
    ],
    [
      'a negative base with growth',
      [row({ label: '利润总额', current: 5, previous: -2, growth: 350 })],
      [['audit.growth-base-not-positive', 'verify', 'E2', null, 350]],
    ],
  ])('%s', (_, rows, expected) => {
    expect(audit(growthBaseRule, rows)).toEqual(expected);
  });
});
