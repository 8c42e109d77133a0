import { readWorkbook } from '../../src/host/xlsx';
import { fastReadWorkbook } from '../../src/host/xlsx/fast-read-workbook';
import { readWorkbookWithExceljs } from '../../src/host/xlsx/read-workbook';
import { cellFault } from '../../src/host/xlsx/cell-value';
import { fillSheet, patchXlsxPart, xlsxBytes } from './xlsx-files';

describe('cellFault', () => {
  it.each([
    [{ formula: 'SUM(C3:C5)' }, 'formula-no-result'],
    [{ sharedFormula: 'C3' }, 'formula-no-result'],
    [{ formula: 'SUM(C3:C5)', result: null }, 'formula-no-result'],
    [{ formula: 'SUM(C3:C5)', result: 42 }, null],
    [{ formula: 'A1&""', result: '' }, null],
    [{ formula: '1/0', result: { error: '#DIV/0!' } }, null],
    [{ formula: 'X', result: Number.POSITIVE_INFINITY }, 'non-finite'],
    [Number.NaN, 'non-finite'],
    [Number.NEGATIVE_INFINITY, 'non-finite'],
    [12.5, null],
    [null, null],
    ['NaN', null],
  ])('%j -> %j', (value, expected) => {
    expect(cellFault(value)).toBe(expected);
  });
});

describe('readWorkbook: cells it cannot give a value for', () => {
  async function sheetWith(edit: (xml: string) => string) {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = fillSheet(workbook.addWorksheet('甲镇'), [
        ['指标名称', '计量单位', '本期'],
        ['工业总产值', '万元', 1],
        ['销售收入', '万元', 2],
        ['利润总额', '万元', 3],
        ['工商税收', '万元', 4],
      ]);
      sheet.getCell('C6').value = { formula: 'SUM(C2:C5)' } as never;
    });
    const patched = await patchXlsxPart(bytes, 'xl/worksheets/sheet1.xml', edit);
    return (await readWorkbook(patched, '甲镇.xlsx')).sheets[0];
  }

  it('records a formula without a cached result, and reads it as no value (not a blank)', async () => {
    const grid = await sheetWith((xml) => xml);
    expect(grid?.cellFaults).toEqual({ C6: 'formula-no-result' });
    expect(grid?.rows[5]).toEqual([null, null, null]);
    expect(grid?.rows.length).toBe(6);
  });

  it.each([
    ['NaN', '<v>NaN</v>'],
    ['INF', '<v>INF</v>'],
    ['-INF', '<v>-INF</v>'],
    ['1e400', '<v>1e400</v>'],
  ])('records %s in <v> as a non-finite number, never as a value', async (_, v) => {
    const grid = await sheetWith((xml) => xml.replace(/(<c r="C3"[^>]*>)<v>2<\/v>/, `$1${v}`));
    expect(grid?.cellFaults).toEqual({ C3: 'non-finite', C6: 'formula-no-result' });
    expect(grid?.rows[2]).toEqual(['销售收入', '万元', null]);
    expect(grid?.rows[1]).toEqual(['工业总产值', '万元', 1]);
  });

  it('reads a formula whose cached result is 0 or FALSE as that value, by both readers', async () => {
    // exceljs's cell.value drops a falsy result: =C3-D3 of a township that did not change
    // would read as never calculated, a 错误, and its 0 would be lost.
    const bytes = await xlsxBytes((workbook) => {
      const sheet = fillSheet(workbook.addWorksheet('甲镇'), [
        ['指标名称', '计量单位', '本期', '上年同期'],
        ['工业总产值', '万元', 100, 100],
        ['入园企业数', '家', 3, 3],
      ]);
      sheet.getCell('E1').value = '增减';
      sheet.getCell('E2').value = { formula: 'C2-D2', result: 0 } as never;
      sheet.getCell('E3').value = { formula: 'C3>D3', result: false } as never;
    });
    const fast = await fastReadWorkbook(bytes, '甲镇.xlsx');
    const slow = await readWorkbookWithExceljs(bytes, '甲镇.xlsx');
    for (const grids of [fast, slow]) {
      const grid = grids?.sheets[0];
      expect(grid).not.toHaveProperty('cellFaults');
      expect(grid?.rows[1]?.[4]).toBe(0);
      expect(grid?.rows[2]?.[4]).toBe(false);
    }
  });

  it('leaves cellFaults out when every cell has a value', async () => {
    const bytes = await xlsxBytes((workbook) => {
      fillSheet(workbook.addWorksheet('甲镇'), [
        ['指标名称', '本期'],
        ['工业总产值', 5],
      ]);
    });
    const grid = (await readWorkbook(bytes, '甲镇.xlsx')).sheets[0];
    expect(grid).not.toHaveProperty('cellFaults');
  });
});

describe('readWorkbook: hidden sheets', () => {
  it('marks hidden and very hidden sheets, and only those', async () => {
    const bytes = await xlsxBytes((workbook) => {
      fillSheet(workbook.addWorksheet('甲镇'), [['x']]);
      fillSheet(workbook.addWorksheet('旧稿', { state: 'hidden' }), [['x']]);
      fillSheet(workbook.addWorksheet('草稿', { state: 'veryHidden' }), [['x']]);
    });
    const grids = await readWorkbook(bytes, 'a.xlsx');
    expect(grids.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['甲镇', undefined],
      ['旧稿', 'hidden'],
      ['草稿', 'veryHidden'],
    ]);
    expect(grids.sheets[0]).not.toHaveProperty('hidden');
  });
});
