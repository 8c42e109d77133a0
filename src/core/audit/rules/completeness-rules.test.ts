import { statTable, type RowSpec } from '../../../../test/helpers/stat-table';
import { consolidate } from '../../consolidate';
import { issue } from '../../diagnostics/issue';
import type { AuditInput } from '../audit-input';
import type { AuditRule } from '../rule';
import { DEFAULT_AUDIT_SETTINGS } from '../settings';
import { duplicateIndicatorRule } from './completeness-duplicate-indicator';
import { missingIndicatorRule } from './completeness-missing-indicator';
import { textInNumberCellRule } from './completeness-text-in-number-cell';
import { unitMixedRule } from './completeness-unit-mixed';
import { unitUnknownRule } from './completeness-unit-unknown';

const sales = (unit = '万元'): RowSpec => ({ label: '销售收入', unit, current: 100 });
const tax: RowSpec = { label: '工商税收', unit: '万元', current: 5 };

function run(rule: AuditRule, input: AuditInput) {
  return rule
    .run(input, DEFAULT_AUDIT_SETTINGS)
    .map((f) => [f.code, f.level, f.location.sheet, f.location.cell, f.expected, f.actual]);
}

const towns = (rows: readonly (readonly RowSpec[])[]) =>
  consolidate(rows.map((r, i) => statTable(`镇${i + 1}`, r)));

describe('completeness.missing-indicator', () => {
  it.each([
    [
      'all report it',
      [
        [sales(), tax],
        [sales(), tax],
        [sales(), tax],
      ],
      [],
    ],
    ['half of the others report it', [[sales(), tax], [sales()], [sales()]], []],
    [
      'most others report it',
      [[sales(), tax], [sales(), tax], [sales()]],
      [['audit.missing-indicator', 'verify', '镇3', 'A1', null, null]],
    ],
  ])('%s', (_, rows, expected) => {
    expect(run(missingIndicatorRule, { consolidation: towns(rows) })).toEqual(expected);
  });
});

describe('parser issues as findings', () => {
  const parseIssues = [
    issue(
      'parse.duplicate-indicator',
      'info',
      { sheet: '镇1', cell: 'A5', indicator: '销售收入' },
      { first: 'A2' },
    ),
    issue(
      'parse.cell-not-number',
      'info',
      { sheet: '镇1', cell: 'C3', indicator: '工商税收' },
      { text: '待统计' },
    ),
    issue(
      'parse.cell-text-number',
      'info',
      { sheet: '镇1', cell: 'C4' },
      { text: '12,345', value: 12345 },
    ),
  ];
  const consolidation = towns([[sales()]]);

  it.each([
    [
      duplicateIndicatorRule.code,
      duplicateIndicatorRule,
      [['parse.duplicate-indicator', 'verify', '镇1', 'A5', null, null]],
    ],
    [
      textInNumberCellRule.code,
      textInNumberCellRule,
      [['parse.cell-not-number', 'error', '镇1', 'C3', null, '待统计']],
    ],
  ])('%s', (_, rule, expected) => {
    expect(run(rule, { consolidation, parseIssues })).toEqual(expected);
    expect(run(rule, { consolidation })).toEqual([]);
  });
});

describe('completeness.unit-unknown', () => {
  it.each([
    ['known units', [[sales()]], []],
    [
      'an unknown unit',
      [[sales('万块')]],
      [['audit.unit-unknown', 'verify', '镇1', 'B2', null, '万块']],
    ],
  ])('%s', (_, rows, expected) => {
    expect(run(unitUnknownRule, { consolidation: towns(rows) })).toEqual(expected);
  });
});

describe('completeness.unit-mixed', () => {
  it.each([
    ['one unit', [[sales()], [sales()], [sales()]], []],
    [
      '亿元 among 万元',
      [[sales()], [sales('亿元')], [sales()]],
      [['audit.unit-mixed', 'info', '镇2', 'B2', '万元', '亿元']],
    ],
    [
      '家 among 万元',
      [[sales()], [sales('家')], [sales()]],
      [['audit.unit-incompatible', 'error', '镇2', 'B2', '万元', '家']],
    ],
  ])('%s', (_, rows, expected) => {
    expect(run(unitMixedRule, { consolidation: towns(rows) })).toEqual(expected);
  });
});
