import { finding, type Finding } from '../audit/finding';
import { buildAuditSheet } from './audit-sheet';

const at = (sheet: string, cell: string) => ({ sheet, cell, indicator: '工业总产值' });
const mismatch = finding({
  rule: 'inter.total-mismatch',
  code: 'audit.total-mismatch',
  level: 'error',
  location: at('合计', 'C2'),
  expected: 300,
  actual: 310,
  params: { column: '本期', unit: '万元', diff: 10, tolerance: 1.5, parts: 2 },
});
const rounding: Finding = {
  ...mismatch,
  code: 'audit.total-rounding',
  level: 'info',
  location: at('合计', 'D2'),
};
const negative = finding({
  rule: 'plausibility.negative-impossible',
  code: 'audit.negative-impossible',
  level: 'verify',
  location: at('东城镇', 'C5'),
  actual: -3,
  params: { column: '本期' },
});

describe('buildAuditSheet', () => {
  it.each([
    ['no findings', [], '审核通过：未发现错误和需核实的问题'],
    ['only 提示', [rounding], '审核通过：未发现错误和需核实的问题（提示 1 条）'],
    [
      'every level',
      [rounding, negative, mismatch, negative],
      '审核结果：错误 1 条，核实 2 条，提示 1 条',
    ],
  ])('first line for %s', (_, findings, line) => {
    expect(buildAuditSheet(findings).rows[0]?.[0]).toBe(line);
  });

  it('lists one finding a row, errors first, with links, numbers and layout', () => {
    const sheet = buildAuditSheet([rounding, negative, mismatch]);
    expect(sheet.rows[1]).toEqual([
      '级别',
      '规则',
      '工作表',
      '单元格',
      '指标',
      '说明',
      '应为',
      '实为',
    ]);
    expect(sheet.rows.slice(2).map((r) => [r[0], r[1], r[2], r[3], r[6], r[7]])).toEqual([
      ['错误', '表间：合计数与各乡镇之和', '合计', 'C2', 300, 310],
      ['核实', '合理性：不应为负', '东城镇', 'C5', null, -3],
      ['提示', '表间：合计数与各乡镇之和', '合计', 'D2', 300, 310],
    ]);
    expect(sheet.rows[2]?.[5]).toBe(
      '合计表本期为 310万元，各乡镇之和为 300万元，相差 10，超出舍位误差（1.5）',
    );
    expect(sheet.links).toEqual([
      { row: 2, col: 3, sheet: '合计', cell: 'C2' },
      { row: 3, col: 3, sheet: '东城镇', cell: 'C5' },
      { row: 4, col: 3, sheet: '合计', cell: 'D2' },
    ]);
    expect(sheet).toMatchObject({ kind: 'audit', name: '审核', frozenRows: 2, wrapColumns: [5] });
    expect(sheet.columnWidths).toHaveLength(8);
    expect(sheet.numberFormats.map((r) => r.length)).toEqual(sheet.rows.map((r) => r.length));
  });
});
