import { statTable } from '../../../../test/helpers/stat-table';
import { consolidate } from '../../consolidate';
import { indicatorColumns } from './indicator-columns';
import { sheetIndex } from './sheet-index';

const township = statTable('东城镇', [
  { label: '工业总产值', unit: '万元', current: 120 },
  { label: '其中：规模以上工业产值', unit: '万元', current: 90 },
  { label: '工业总产值', unit: '万元', current: 999 }, // the key again
  { label: '销售收入', unit: '万元', current: 80 },
]);
const total = statTable(
  '合计',
  [
    { label: '工业总产值', unit: '万元', current: 120 },
    { label: '税收', unit: '万元', current: 5 }, // no township reports it
    { label: '税收', unit: '万元', current: 6 },
  ],
  { role: 'total' },
);
const consolidation = consolidate([total, township]);

describe('indicatorColumns', () => {
  it('numbers the keys in consolidation order, with each column’s indicator', () => {
    const { columnOf, indicators } = indicatorColumns(consolidation);
    expect([...columnOf]).toEqual([
      ['工业总产值', 0],
      ['工业总产值>规模以上工业产值', 1],
      ['销售收入', 2],
    ]);
    expect(indicators.map((i) => i.key)).toEqual([...columnOf.keys()]);
  });
});

describe('sheetIndex', () => {
  it('gives each row its column (-1 for a key no township reports)', () => {
    expect([...sheetIndex(consolidation, township).columnAt]).toEqual([0, 1, 0, 2]);
    expect([...sheetIndex(consolidation, total).columnAt]).toEqual([0, -1, -1]);
  });

  it('finds the first row with a key, as the consolidation counts it', () => {
    const index = sheetIndex(consolidation, township);
    expect(index.row('工业总产值')?.values.current).toBe(120);
    expect(index.row('销售收入')?.values.current).toBe(80);
    expect(index.row('利润总额')).toBeUndefined();
    expect([0, 1, 2, 3].map((at) => index.isFirst(at))).toEqual([true, true, false, true]);
  });

  it('does the same for keys only a total sheet has', () => {
    const index = sheetIndex(consolidation, total);
    expect(index.row('税收')?.values.current).toBe(5);
    expect([0, 1, 2].map((at) => index.isFirst(at))).toEqual([true, true, false]);
  });

  it('is worked out once per sheet', () => {
    expect(sheetIndex(consolidation, township)).toBe(sheetIndex(consolidation, township));
  });
});
