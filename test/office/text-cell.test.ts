import { excelSerialToIso, isDateFormat, officeCellValue } from '../../src/host/office/cell-value';
import { blockAddress } from '../../src/host/office/range-address';
import { supportUpTo } from '../../src/host/office/requirement';
import { columnWidthPoints, sheetLayout } from '../../src/host/office/sheet-layout';
import { isFormulaLike, writeFormat, writeValue } from '../../src/host/office/text-cell';
import { outputSheet } from './office-fixtures';

describe('writeFormat', () => {
  it.each([
    ['=1+1', null, '@'],
    ['+86', null, '@'],
    ['-', null, '@'],
    ['@home', '0.0', '@'],
    ['工业总产值', null, '@'],
    [12.5, '#,##0.00', '#,##0.00'],
    [12.5, null, 'General'],
    [null, '0.0', '0.0'],
    [null, null, 'General'],
  ] as const)('writeFormat(%j, %j) is %j', (value, format, expected) => {
    expect(writeFormat(value, format)).toBe(expected);
  });
});

describe('writeValue and isFormulaLike', () => {
  it('writes empty and non-finite cells as ""', () => {
    expect(writeValue(null)).toBe('');
    expect(writeValue(Number.NaN)).toBe('');
    expect(writeValue(3)).toBe(3);
    expect(writeValue('=1+1')).toBe('=1+1');
  });

  it.each(['=1+1', '+86', '-3', '@x'])('%j looks like a formula', (text) => {
    expect(isFormulaLike(text)).toBe(true);
  });

  it('plain labels do not', () => {
    expect(isFormulaLike('其中：规上工业')).toBe(false);
  });
});

describe('officeCellValue', () => {
  it.each([
    ['', 'General', null],
    [0, 'General', 0],
    [0.051, '0.0%', 0.051],
    ['#DIV/0!', 'General', '#DIV/0!'],
    [true, 'General', true],
    [45838, 'yyyy-mm-dd', '2025-06-30'],
    [45838.5, 'yyyy/m/d h:mm', '2025-06-30T12:00:00'],
    [1234, '#,##0"万元"', 1234],
    [Number.POSITIVE_INFINITY, 'General', null],
  ] as const)('officeCellValue(%j, %j) is %j', (value, format, expected) => {
    expect(officeCellValue(value, format)).toBe(expected);
  });

  it('knows date formats from others', () => {
    expect(isDateFormat('yyyy"年"m"月"')).toBe(true);
    expect(isDateFormat('[$-804]dddd')).toBe(true);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('[Red]0.00;"减少"0.00')).toBe(false);
    expect(excelSerialToIso(1)).toBe('1899-12-31');
  });
});

describe('layout helpers', () => {
  it('addresses blocks', () => {
    expect(blockAddress(2, 2, 48, 6)).toBe('C3:H50');
    expect(blockAddress(0, 0, 1, 1)).toBe('A1');
    expect(() => blockAddress(0, 0, 0, 1)).toThrow(RangeError);
  });

  it('pads rows into a rectangle with text formatted as text', () => {
    const layout = sheetLayout(
      outputSheet('汇总', [['标题'], ['指标名称', '本期'], ['=1+1', 5]], {
        numberFormats: [[null], [null, null], [null, '#,##0']],
      }),
    );
    expect(layout.columnCount).toBe(2);
    expect(layout.values).toEqual([
      ['标题', ''],
      ['指标名称', '本期'],
      ['=1+1', 5],
    ]);
    expect(layout.formats).toEqual([
      ['@', 'General'],
      ['@', '@'],
      ['@', '#,##0'],
    ]);
    expect(layout.rowBytes[2]).toBe(Buffer.byteLength('["=1+1",5],["@","#,##0"],'));
  });

  it('converts column widths to points', () => {
    expect(columnWidthPoints(10)).toBe(56.25);
  });

  it('gates requirement sets by version', () => {
    const supports = supportUpTo('1.7');
    expect([supports('1.1'), supports('1.7'), supports('1.8'), supports('1.12')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(() => supports('2.0')).toThrow(RangeError);
  });
});
