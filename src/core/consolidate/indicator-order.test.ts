import { statTable, type RowSpec } from '../../../test/helpers/stat-table';
import { indicatorOrder } from './indicator-order';

function rows(...labels: string[]): RowSpec[] {
  return labels.map((label) => ({ label, unit: '万元', current: 1 }));
}

describe('indicatorOrder', () => {
  it.each<[string, string[][], string[]]>([
    [
      'the first table alone',
      [['工业总产值', '其中：规上产值', '利润总额']],
      ['工业总产值', '工业总产值>规上产值', '利润总额'],
    ],
    [
      'a new indicator after its predecessor',
      [
        ['工业总产值', '利润总额'],
        ['工业总产值', '税收', '利润总额'],
      ],
      ['工业总产值', '税收', '利润总额'],
    ],
    [
      'a new main indicator after the predecessor’s 其中 rows',
      [
        ['工业总产值', '其中：规上产值', '利润总额'],
        ['工业总产值', '税收'],
      ],
      ['工业总产值', '工业总产值>规上产值', '税收', '利润总额'],
    ],
    [
      'a new 其中 row right after its parent',
      [
        ['工业总产值', '其中：规上产值', '利润总额'],
        ['工业总产值', '其中：高新产值'],
      ],
      ['工业总产值', '工业总产值>高新产值', '工业总产值>规上产值', '利润总额'],
    ],
    [
      'consecutive new rows in their own order',
      [['工业总产值'], ['工业总产值', '税收', '其中：增值税', '利润总额']],
      ['工业总产值', '税收', '税收>增值税', '利润总额'],
    ],
    [
      'a new first row at the top',
      [['工业总产值'], ['税收', '工业总产值']],
      ['税收', '工业总产值'],
    ],
    [
      'a later reordering ignored',
      [
        ['A', 'B'],
        ['B', 'A'],
      ],
      ['A', 'B'],
    ],
    ['duplicates once', [['A', 'A', 'B']], ['A', 'B']],
  ])('keeps %s', (_name, labels, expected) => {
    const tables = labels.map((l, i) => statTable(`镇${i}`, rows(...l)));
    expect(indicatorOrder(tables)).toEqual(expected);
  });
});
