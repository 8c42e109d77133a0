import { columnLetters, fromA1, toA1 } from './address';

describe('A1 addresses', () => {
  it.each<[number, number, string]>([
    [0, 0, 'A1'],
    [9, 27, 'AB10'],
    [56, 2, 'C57'],
    [4095, 31, 'AF4096'], // the last address of the shared block
    [4096, 0, 'A4097'], // beyond it: made each time, the same text
    [0, 32, 'AG1'],
    [1048575, 16383, 'XFD1048576'], // Excel's last cell
  ])('gives row %p, column %p as %p, and reads it back', (row, col, address) => {
    expect(toA1(row, col)).toBe(address);
    expect(toA1(row, col)).toBe(address); // a second time, from the shared block where it is
    expect(fromA1(address)).toEqual({ row, col });
  });

  it('names columns past Z with two and three letters', () => {
    expect([25, 26, 701, 702].map(columnLetters)).toEqual(['Z', 'AA', 'ZZ', 'AAA']);
  });

  it('rejects indices that are not cells', () => {
    expect(() => toA1(-1, 0)).toThrow(RangeError);
    expect(() => toA1(0, -1)).toThrow(RangeError);
    expect(() => toA1(1.5, 0)).toThrow(RangeError);
    expect(() => fromA1('1A')).toThrow(RangeError);
  });
});
