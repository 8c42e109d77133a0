import { statTable, type RowSpec } from '../../../../test/helpers/stat-table';
import { consolidate } from '../../consolidate';
import { DEFAULT_AUDIT_SETTINGS, type AuditSettings } from '../settings';
import { breakdownSumRule } from './intra-breakdown-sum';

const declared: Partial<AuditSettings> = {
  breakdowns: [{ parent: '工业总产值', children: ['轻工业产值', '重工业产值'] }],
};

function audit(
  values: readonly [number, number, number],
  settings: Partial<AuditSettings>,
  label = '工业总产值',
) {
  const [total, light, heavy] = values;
  const rows: RowSpec[] = [
    { label, name: '工业总产值', unit: '万元', current: total },
    { label: '其中：轻工业产值', unit: '万元', current: light },
    { label: '其中：重工业产值', unit: '万元', current: heavy },
  ];
  const consolidation = consolidate([statTable('东城镇', rows)]);
  return breakdownSumRule
    .run({ consolidation }, { ...DEFAULT_AUDIT_SETTINGS, ...settings })
    .map((f) => [f.level, f.location.cell, f.expected, f.actual]);
}

describe('intra.breakdown-sum', () => {
  it.each([
    ['undeclared 其中 rows (never guessed)', [100, 30, 20], {}, '工业总产值', []],
    ['a declared breakdown that adds up', [100, 60, 40], declared, '工业总产值', []],
    [
      'a declared breakdown that does not',
      [100, 60, 30],
      declared,
      '工业总产值',
      [['error', 'C2', 90, 100]],
    ],
    [
      'a rounding-size difference',
      [100.1, 60.1, 40.1],
      declared,
      '工业总产值',
      [['info', 'C2', 100.2, 100.1]],
    ],
    [
      'a 合计 label when labels count',
      [100, 60, 30],
      { breakdownFromLabels: true },
      '工业总产值合计',
      [['error', 'C2', 90, 100]],
    ],
    ['a 合计 label when labels do not count', [100, 60, 30], {}, '工业总产值合计', []],
    // Parts whose sum is beyond the largest double: no Infinity in the 审核 sheet.
    ['parts that overflow when added', [1, 1e308, 1e308], declared, '工业总产值', []],
  ] as const)('%s', (_, values, settings, label, expected) => {
    expect(audit(values, settings, label)).toEqual(expected);
  });
});
