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

  it('shares the arrays between sheets of one template, each finding its own rows', () => {
    const rows = (output: number) => [
      { label: '工业总产值', unit: '万元', current: output },
      { label: '其中：规模以上工业产值', unit: '万元', current: 90 },
      { label: '销售收入', unit: '万元', current: 80 },
    ];
    const east = statTable('东城镇', rows(120));
    const west = statTable('西城镇', rows(150));
    const reordered = statTable('南城镇', [...rows(170)].reverse());
    const both = consolidate([east, west, reordered]);
    const eastIndex = sheetIndex(both, east);
    const westIndex = sheetIndex(both, west);
    expect(westIndex.columnAt).toBe(eastIndex.columnAt);
    expect(westIndex.row('工业总产值')?.values.current).toBe(150);
    expect(eastIndex.row('工业总产值')?.values.current).toBe(120);
    // Another order (the 其中 row, now first, is a main row of its own): its own arrays.
    const reorderedIndex = sheetIndex(both, reordered);
    expect(reorderedIndex.columnAt).not.toBe(eastIndex.columnAt);
    expect([...reorderedIndex.columnAt]).toEqual([2, 3, 0]);
    expect(reorderedIndex.row('工业总产值')?.values.current).toBe(170);
  });

  it('is worked out once per sheet', () => {
    expect(sheetIndex(consolidation, township)).toBe(sheetIndex(consolidation, township));
  });
});
