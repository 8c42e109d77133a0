import { statTable, type RowSpec } from '../../../../test/helpers/stat-table';
import { consolidate } from '../../consolidate';
import { DEFAULT_AUDIT_SETTINGS } from '../settings';
import { totalGrowthRule } from './inter-total-growth';

const row = (current: number, previous: number, growth?: number): RowSpec => ({
  label: '销售收入',
  unit: '万元',
  current,
  previous,
  ...(growth !== undefined ? { growth } : {}),
});

function audit(totalGrowth: number) {
  const consolidation = consolidate([
    statTable('东城镇', [row(110, 100, 10)]),
    statTable('西城镇', [row(15, 10, 50)]),
    statTable('合计', [row(125, 110, totalGrowth)], { role: 'total' }),
  ]);
  return totalGrowthRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS);
}

describe('inter.total-growth', () => {
  it.each([13.6, 13.7, 13.64])('accepts the recomputed growth %s', (growth) => {
    expect(audit(growth)).toEqual([]);
  });

  it.each([
    ['summed', 60, 'audit.total-growth-summed'],
    ['averaged', 30, 'audit.total-growth-averaged'],
    ['wrong', 15, 'audit.total-growth-mismatch'],
  ])('reports a %s growth as an error at 合计!E2', (_, growth, code) => {
    expect(audit(growth)).toEqual([
      expect.objectContaining({
        rule: 'inter.total-growth',
        code,
        level: 'error',
        location: { sheet: '合计', cell: 'E2', indicator: '销售收入' },
        expected: 13.6, // (110 + 15) / (100 + 10) − 1 = 13.636…%, shown to 1 decimal
        actual: growth,
      }),
    ]);
  });
});
