import { plainValues } from '../model/table';
import { rowNumbers, SLOTS } from '../model/row-numbers';
import { rowCells, rowValues, sheetRowCells } from './row-views';
import { parseSheet } from './parse-sheet';
import { sheet } from '../../../test/helpers/sheet-grid';

describe('rowValues', () => {
  const block = new Float64Array([120, 100, 20, NaN, NaN, NaN, 7.5, NaN, 40, 0]);

  it('reads each row from its five slots, NaN as absent', () => {
    const first = rowValues(block, 0);
    expect([first.current, first.previous, first.growth, first.target, first.completion]).toEqual([
      120,
      100,
      20,
      undefined,
      undefined,
    ]);
    const second = rowValues(block, 1);
    expect(second.current).toBeUndefined();
    expect(second.previous).toBe(7.5);
    expect(second.completion).toBe(0);
    expect(SLOTS).toBe(5);
  });

  it('reads by column name held in a variable', () => {
    const values = rowValues(block, 0);
    const column = 'previous' as const;
    expect(values[column]).toBe(100);
  });

  it('compares, iterates and serialises as the plain record', () => {
    expect(plainValues(rowValues(block, 1))).toEqual({ previous: 7.5, target: 40, completion: 0 });
    expect(JSON.parse(JSON.stringify(rowValues(block, 0)))).toEqual({
      current: 120,
      previous: 100,
      growth: 20,
    });
  });
});

describe('rowCells', () => {
  it('makes the address of each column the sheet has, none for the others', () => {
    const cells = rowCells(['C', 'D', undefined, 'AA', undefined], 12);
    expect(plainValues(cells)).toEqual({ current: 'C12', previous: 'D12', target: 'AA12' });
    expect(cells.growth).toBeUndefined();
    expect(JSON.stringify(cells)).toBe('{"current":"C12","previous":"D12","target":"AA12"}');
  });
});

describe('sheetRowCells', () => {
  it('gives sheets of one layout the same views, and other layouts their own', () => {
    const east = sheetRowCells(['C', 'D', undefined, undefined, undefined]);
    const west = sheetRowCells(['C', 'D', undefined, undefined, undefined]);
    const other = sheetRowCells(['D', 'E', undefined, undefined, undefined]);
    expect(west(7)).toBe(east(7));
    expect(plainValues(east(7))).toEqual({ current: 'C7', previous: 'D7' });
    expect(plainValues(other(7))).toEqual({ current: 'D7', previous: 'E7' });
    expect(plainValues(east(8))).toEqual({ current: 'C8', previous: 'D8' });
  });

  it('makes the rows past the shared ones each time, with the same addresses', () => {
    const cellsOf = sheetRowCells(['B', undefined, undefined, undefined, 'F']);
    expect(plainValues(cellsOf(5000))).toEqual({ current: 'B5000', completion: 'F5000' });
  });
});

describe('parsed rows', () => {
  it('keep each row its own numbers when a sheet has many rows', () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`指标${i + 1}`, '万元', i * 10, i, null]);
    const parsed = parseSheet(
      sheet('甲镇', [['指标名称', '计量单位', '本期', '上年同期', '全年目标'], ...rows]),
    );
    const table = parsed.table;
    expect(table?.rows).toHaveLength(50);
    const block = rowNumbers(table?.rows ?? []);
    table?.rows.forEach((row, i) => {
      expect(plainValues(row.values)).toEqual({ current: i * 10, previous: i });
      // The sheet's block holds the same numbers, five per row.
      expect(Array.from(block?.subarray(i * SLOTS, (i + 1) * SLOTS) ?? [])).toEqual([
        i * 10,
        i,
        NaN,
        NaN,
        NaN,
      ]);
      expect(plainValues(row.cells)).toEqual({
        current: `C${i + 2}`,
        previous: `D${i + 2}`,
        target: `E${i + 2}`,
      });
    });
  });
});
