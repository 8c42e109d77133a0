import { childKey } from './row-key';
import { parseSheet } from './parse-sheet';
import { sheet } from '../../../test/helpers/sheet-grid';

describe('childKey', () => {
  it('joins the parent key and the name with ">"', () => {
    expect(childKey('工业总产值', '规模以上工业产值')).toBe('工业总产值>规模以上工业产值');
    expect(childKey(childKey('a', 'b'), 'c')).toBe('a>b>c');
  });

  it('is the key the parser gives a 其中 row in every sheet', () => {
    const grid = (name: string) =>
      sheet(name, [
        ['指标名称', '计量单位', '本期'],
        ['工业总产值', '万元', 100],
        ['其中：规模以上工业产值', '万元', 80],
      ]);
    for (const name of ['东城镇', '西城镇']) {
      const row = parseSheet(grid(name)).table?.rows[1];
      expect(row?.key).toBe(childKey('工业总产值', '规模以上工业产值'));
      expect(row?.parentKey).toBe('工业总产值');
    }
  });
});
