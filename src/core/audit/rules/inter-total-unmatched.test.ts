import { statTable, type RowSpec } from '../../../../test/helpers/stat-table';
import { consolidate } from '../../consolidate';
import { DEFAULT_AUDIT_SETTINGS } from '../settings';
import { totalUnmatchedRule } from './inter-total-unmatched';

const sales: RowSpec = { label: '销售收入', unit: '万元', current: 1 };
const tax: RowSpec = { label: '工商税收', unit: '万元', current: 1 };
const jobs: RowSpec = { label: '企业员工总数', unit: '人', current: 1 };

function audit(total: readonly RowSpec[]) {
  const consolidation = consolidate([
    statTable('东城镇', [sales, tax]),
    statTable('西城镇', [sales, tax]),
    statTable('合计', total, { role: 'total' }),
  ]);
  return totalUnmatchedRule
    .run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
    .map((f) => [f.code, f.level, f.location.sheet, f.location.cell, f.location.indicator]);
}

describe('inter.total-unmatched', () => {
  it.each([
    ['the same indicators', [sales, tax], []],
    ['no indicator in common (left to consolidation)', [jobs], []],
    [
      'an indicator only in the total sheet',
      [sales, tax, jobs],
      [['audit.total-only-indicator', 'verify', '合计', 'A4', '企业员工总数']],
    ],
    [
      'an indicator missing from the total sheet',
      [sales],
      [['audit.total-missing-indicator', 'verify', '合计', 'A1', '工商税收']],
    ],
  ])('%s', (_, total, expected) => {
    expect(audit(total)).toEqual(expected);
  });
});
