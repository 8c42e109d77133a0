import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { isPercentFormat, readWorkbook, toCellValue } from '../../src/host/xlsx';
import { readWorkbookFile } from '../../src/host/xlsx/read-workbook-file';
import { makeTempDir } from './xlsx-files';

describe('toCellValue', () => {
  it.each([
    [null, null],
    [undefined, null],
    [12.5, 12.5],
    ['工业', '工业'],
    [true, true],
    [{ richText: [{ text: '工业' }, { font: { bold: true }, text: '总产值' }] }, '工业总产值'],
    [{ formula: 'SUM(A1:A2)', result: 42 }, 42],
    [{ formula: 'A1&"x"', result: 'ax' }, 'ax'],
    [{ formula: '1/0', result: { error: '#DIV/0!' } }, '#DIV/0!'],
    [{ formula: 'A1' }, null],
    [{ sharedFormula: 'C3', result: 7 }, 7],
    [{ error: '#N/A' }, '#N/A'],
    [{ text: '链接', hyperlink: 'https://example.com' }, '链接'],
    [{ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: '#A1' }, 'ab'],
    [new Date(Date.UTC(2025, 5, 30)), '2025-06-30'],
    [new Date(Date.UTC(2025, 5, 30, 8, 30)), '2025-06-30T08:30:00'],
  ])('converts %j to %j', (input, expected) => {
    expect(toCellValue(input)).toEqual(expected);
  });
});

describe('isPercentFormat', () => {
  it.each([
    ['0.0%', true],
    ['0%', true],
    ['0.0"%"', false],
    ['0.0\\%', false],
    ['#,##0.00', false],
    [undefined, false],
  ])('%j -> %j', (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });
});

describe('readWorkbook', () => {
  const temp = makeTempDir();
  const path = join(temp.dir, '东城镇.xlsx');

  beforeAll(async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('东城镇');
    sheet.getCell('A1').value = '东城镇园区主要经济指标完成情况';
    sheet.mergeCells('A1:E1');
    sheet.getCell('A2').value = { richText: [{ text: '指标' }, { text: '名称' }] };
    sheet.getCell('B2').value = '本期';
    sheet.getCell('C2').value = '上年同期';
    sheet.getCell('D2').value = '增长';
    sheet.getCell('E2').value = '填报日期';
    sheet.getCell('A3').value = '工业总产值';
    sheet.getCell('B3').value = 185000;
    sheet.getCell('C3').value = 176000;
    sheet.getCell('D3').value = { formula: 'B3/C3-1', result: 0.0511 };
    sheet.getCell('D3').numFmt = '0.0%';
    sheet.getCell('E3').value = new Date(Date.UTC(2025, 6, 10));
    sheet.getCell('A4').value = '规模以上工业产值';
    sheet.getCell('A4').alignment = { indent: 2 };
    sheet.getCell('B4').value = { formula: 'B3*0.5', result: 92500 };
    sheet.getCell('C4').value = 0;
    sheet.getCell('D4').value = { formula: 'B4/C4-1', result: { error: '#DIV/0!' } };
    sheet.getCell('D4').numFmt = '0.0%';
    sheet.getCell('A6').value = { text: '说明', hyperlink: 'https://example.com' };
    sheet.getCell('B6').value = true;
    const hidden = workbook.addWorksheet('隐藏', { state: 'hidden' });
    hidden.getCell('B2').value = 'x';
    workbook.addWorksheet('空');
    await workbook.xlsx.writeFile(path);
  });
  afterAll(() => temp.cleanup());

  it('reads every worksheet in tab order, hidden and empty ones too', async () => {
    const grids = await readWorkbookFile(path);
    expect(grids.file).toBe('东城镇.xlsx');
    expect(grids.sheets.map((s) => s.name)).toEqual(['东城镇', '隐藏', '空']);
    expect(grids.sheets[1]?.rows).toEqual([[], [null, 'x']]);
    expect(grids.sheets[2]?.rows).toEqual([]);
    expect(grids.sheets[0]?.file).toBe('东城镇.xlsx');
  });

  it('converts cells: merged title, rich text, formula results, errors, dates, links', async () => {
    const grids = await readWorkbookFile(path);
    const rows = grids.sheets[0]?.rows;
    expect(rows).toEqual([
      ['东城镇园区主要经济指标完成情况'],
      ['指标名称', '本期', '上年同期', '增长', '填报日期'],
      ['工业总产值', 185000, 176000, 0.0511, '2025-07-10'],
      ['规模以上工业产值', 92500, 0, '#DIV/0!'],
      [],
      ['说明', true],
    ]);
  });

  it('lists non-zero indents and numeric cells with a percent format', async () => {
    const sheet = (await readWorkbookFile(path)).sheets[0];
    expect(sheet?.indents).toEqual({ A4: 2 });
    // D4 has a percent format but holds an error, not a number.
    expect(sheet?.percentCells).toEqual({ D3: true });
  });

  it('reads from an ArrayBuffer as the browser gives it', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('S').getCell('A1').value = 1;
    const buffer = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
    const bytes = new Uint8Array(buffer);
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const grids = await readWorkbook(copy, 'b.xlsx');
    expect(grids.sheets[0]?.rows).toEqual([[1]]);
    expect(grids.sheets[0]?.indents).toBeUndefined();
  });

  it('rejects bytes that are not a workbook', async () => {
    await expect(readWorkbook(new TextEncoder().encode('PK garbage'), 'x.xlsx')).rejects.toThrow();
  });
});
