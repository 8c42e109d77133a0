import { statTable, type RowSpec } from '../../../../test/helpers/stat-table';
import { consolidate } from '../../consolidate';
import { DEFAULT_AUDIT_SETTINGS } from '../settings';
import { childExceedsParentRule } from './intra-child-exceeds-parent';

function audit(rows: readonly RowSpec[], role: 'township' | 'total' = 'township') {
  const sheet = role === 'total' ? '合计' : '东城镇';
  const tables = [statTable('东城镇', role === 'total' ? [] : rows)];
  if (role === 'total') tables.push(statTable('合计', rows, { role: 'total' }));
  return childExceedsParentRule
    .run({ consolidation: consolidate(tables) }, DEFAULT_AUDIT_SETTINGS)
    .map((f) => [
      f.level,
      f.location.sheet === sheet ? f.location.cell : '?',
      f.expected,
      f.actual,
    ]);
}

const parent = (current: number, unit = '万元'): RowSpec => ({
  label: '一、工业总产值',
  unit,
  current,
});
const child = (current: number, unit = '万元'): RowSpec => ({
  label: '其中：规上产值',
  unit,
  current,
});

describe('intra.child-exceeds-parent', () => {
  it.each([
    ['a smaller child', [parent(100), child(80)], []],
    ['an equal child', [parent(100), child(100)], []],
    ['a child in 亿元 within the parent', [parent(12000), child(1.2, '亿元')], []],
    ['a child in another family', [parent(100), child(500, '家')], []],
    ['a profit item', [{ ...parent(100), label: '利润总额' }, child(150)], []],
    ['a larger child', [parent(100), child(120)], [['error', 'C3', 100, 120]]],
    ['a larger child in 亿元', [parent(12000), child(1.3, '亿元')], [['error', 'C3', 12000, 1.3]]],
  ])('%s', (_, rows, expected) => {
    expect(audit(rows)).toEqual(expected);
  });

  it('checks total sheets too', () => {
    expect(audit([parent(100), child(120)], 'total')).toEqual([['error', 'C3', 100, 120]]);
  });
});
