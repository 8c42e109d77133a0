import type { CellValue } from '../grid/cell';
import { parseCellNumber } from './cell-number';

describe('parseCellNumber', () => {
  it.each<[CellValue, number]>([
    [185000, 185000],
    [0, 0],
    [-3.5, -3.5],
    ['12,345', 12345],
    ['12，345', 12345],
    ['１２３', 123],
    [' 5.1 ', 5.1],
    ['\u00A05.1\u3000', 5.1],
    ['−5', -5],
    ['－5.2', -5.2],
    ['+7', 7],
    ['5.1%', 5.1],
    ['５．１％', 5.1],
    ['-2.3 %', -2.3],
    ['1,234.5', 1234.5],
    ['.5', 0.5],
  ])('reads %j as %d', (cell, expected) => {
    const result = parseCellNumber(cell);
    expect(result.kind).toBe('number');
    expect(result.kind === 'number' && result.value).toBe(expected);
  });

  it('marks numbers read from text', () => {
    expect(parseCellNumber('12')).toEqual({ kind: 'number', value: 12, fromText: true });
    expect(parseCellNumber(12)).toEqual({ kind: 'number', value: 12, fromText: false });
  });

  it('reads a %-formatted number as percent', () => {
    expect(parseCellNumber(0.051, { percentFormat: true })).toEqual({
      kind: 'number',
      value: 5.1,
      fromText: false,
    });
    expect(parseCellNumber(0.463, { percentFormat: true })).toMatchObject({ value: 46.3 });
  });

  it.each<CellValue>([
    null,
    '',
    '   ',
    '—',
    '——',
    '-',
    '－',
    '/',
    '／',
    '…',
    '……',
    '...',
    '无',
    '\u3000',
  ])('reads %j as no data', (cell) => {
    expect(parseCellNumber(cell)).toEqual({ kind: 'empty' });
  });

  it.each(['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'])(
    'reports the Excel error %s',
    (cell) => {
      expect(parseCellNumber(cell)).toEqual({ kind: 'excel-error', text: cell });
    },
  );

  it.each<[CellValue, string]>([
    [true, 'TRUE'],
    [false, 'FALSE'],
    ['约5000', '约5000'],
    ['待统计', '待统计'],
    ['1,2', '1,2'],
    ['5..1', '5..1'],
  ])('reports %j as not a number', (cell, text) => {
    expect(parseCellNumber(cell)).toEqual({ kind: 'not-number', text });
  });

  it.each<[CellValue, string]>([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    ['1e400', '1e400'],
    ['-1E400', '-1E400'],
    [' 1e400 ', '1e400'],
    ['１ｅ４００', '１ｅ４００'],
    ['1e400%', '1e400%'],
    ['9'.repeat(400), '9'.repeat(400)],
    ['Infinity', 'Infinity'],
    ['-inf', '-inf'],
    ['NaN', 'NaN'],
    ['∞', '∞'],
    [`${'9'.repeat(306)}万`, `${'9'.repeat(306)}万`],
  ])('reports %j as a number that is not finite, never Infinity or NaN', (cell, text) => {
    expect(parseCellNumber(cell)).toEqual({ kind: 'non-finite', text });
  });

  it('reads the largest finite number as a number', () => {
    expect(parseCellNumber('1.7976931348623157e308')).toEqual({
      kind: 'number',
      value: Number.MAX_VALUE,
      fromText: true,
    });
  });

  it.each(['無', '暫無', '不適用'])('reads the Traditional %s as no data', (cell) => {
    expect(parseCellNumber(cell)).toEqual({ kind: 'empty' });
  });

  it.each<[string, number, number, string | null]>([
    ['1.2万', 1.2, 1e4, null],
    ['3.5亿', 3.5, 1e8, null],
    ['1.2万元', 1.2, 1e4, '元'],
    ['8亿元', 8, 1e8, '元'],
    ['1.5万人', 1.5, 1e4, '人'],
    ['1.2萬', 1.2, 1e4, null],
    ['3.5億元', 3.5, 1e8, '元'],
    ['1.5萬人', 1.5, 1e4, '人'],
  ])('reads the magnitude text %s', (cell, value, multiplier, unitText) => {
    expect(parseCellNumber(cell)).toEqual({
      kind: 'magnitude',
      value,
      multiplier,
      unitText,
      text: cell,
    });
  });
});
