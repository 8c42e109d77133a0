import { statTable, type RowSpec } from '../../../../test/helpers/stat-table';
import { consolidate } from '../../consolidate';
import { DEFAULT_AUDIT_SETTINGS } from '../settings';
import { totalMismatchRule } from './inter-total-mismatch';

function audit(townships: readonly (readonly RowSpec[])[], total: readonly RowSpec[]) {
  const tables = townships.map((rows, i) => statTable(`镇${i + 1}`, rows));
  const consolidation = consolidate([...tables, statTable('合计', total, { role: 'total' })]);
  return totalMismatchRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS);
}

const output = (current: number, previous?: number): RowSpec => ({
  label: '工业总产值',
  unit: '万元',
  current,
  ...(previous !== undefined ? { previous } : {}),
});

describe('inter.total-mismatch', () => {
  it.each([
    ['an exact total', [output(120, 100), output(180, 150)], output(300, 250)],
    [
      'a total in 亿元 rounded to 2 decimals',
      [output(12345, 10000), output(23456, 20000)],
      { ...output(3.58, 3), unit: '亿元' },
    ],
    [
      'a total rounded to its displayed precision',
      [output(100.04), output(100.04), output(100.04)],
      output(300.1),
    ],
  ])('finds nothing for %s', (_, townships, total) => {
    expect(
      audit(
        townships.map((t) => [t]),
        [total],
      ),
    ).toEqual([]);
  });

  it.each([
    ['current', 'C2', output(310, 250), 300, 310],
    ['previous', 'D2', output(300, 205), 250, 205],
  ])('reports a wrong %s as an error at 合计!%s', (_, cell, total, expected, actual) => {
    const findings = audit([[output(120, 100)], [output(180, 150)]], [total]);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'inter.total-mismatch',
        code: 'audit.total-mismatch',
        level: 'error',
        location: { sheet: '合计', cell, indicator: '工业总产值' },
        expected,
        actual,
      }),
    ]);
  });

  it('takes a 0.1 difference over 7 parts with one decimal as rounding (提示)', () => {
    const townships = [10.1, 20.2, 30.3, 40.4, 50.5, 60.6, 70.7].map((v) => [output(v)]);
    const findings = audit(townships, [output(282.9)]); // exact sum 282.8
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'audit.total-rounding',
        level: 'info',
        location: { sheet: '合计', cell: 'C2', indicator: '工业总产值' },
        expected: 282.8,
        actual: 282.9,
      }),
    ]);
  });

  it('counts (家) have no rounding tolerance', () => {
    const firms = (current: number): RowSpec => ({ label: '入园企业数', unit: '家', current });
    const findings = audit([[firms(10)], [firms(12)]], [firms(23)]);
    expect(findings.map((f) => [f.level, f.expected, f.actual])).toEqual([['error', 22, 23]]);
  });

  it('reports a total unit that does not convert', () => {
    const findings = audit([[output(1)], [output(2)]], [{ ...output(3), unit: '家' }]);
    expect(findings.map((f) => [f.code, f.location.cell])).toEqual([
      ['audit.total-unit-incompatible', 'B2'],
    ]);
  });
});

describe('inter.total-mismatch on a recomputed (non-additive) indicator', () => {
  // 人均产值 (元/人) = Σ工业总产值 ÷ Σ企业员工总数: (1000 + 500)万元 = 15,000,000元 ÷ 150人 = 100000
  const township = (output: number, staff: number): RowSpec[] => [
    { label: '工业总产值', unit: '万元', current: output },
    { label: '企业员工总数', unit: '人', current: staff },
    { label: '人均产值', unit: '元/人', current: (output * 10000) / staff },
  ];
  const total = (perCapita: number): RowSpec[] => [
    { label: '工业总产值', unit: '万元', current: 1500 },
    { label: '企业员工总数', unit: '人', current: 150 },
    { label: '人均产值', unit: '元/人', current: perCapita },
  ];

  it('accepts the recomputed value, not the sum of the townships’ values', () => {
    expect(audit([township(1000, 100), township(500, 50)], total(100000))).toEqual([]);
  });

  it('reports a summed per-capita figure with the recomputed value as 应为', () => {
    // Σ of the townships' own 人均产值: 100000 + 100000 = 200000
    expect(audit([township(1000, 100), township(500, 50)], total(200000))).toEqual([
      expect.objectContaining({
        code: 'audit.total-derived-mismatch',
        level: 'error',
        location: { sheet: '合计', cell: 'C4', indicator: '人均产值' },
        expected: 100000,
        actual: 200000,
      }),
    ]);
  });
});
