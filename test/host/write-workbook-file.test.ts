import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutputSheet } from '../../src/core/output';
import { writeWorkbook } from '../../src/host/xlsx';
import { writeWorkbookFile } from '../../src/host/xlsx/write-workbook-file';
import { outputCells } from '../helpers/output-cells';

function sheet(overrides: Partial<OutputSheet> & Pick<OutputSheet, 'name' | 'rows'>): OutputSheet {
  return {
    kind: 'audit',
    numberFormats: overrides.rows.map((row) => row.map(() => null)),
    columnWidths: [],
    boldRows: [],
    frozenRows: 0,
    frozenColumns: 0,
    merges: [],
    wrapColumns: [],
    links: [],
    ...overrides,
  };
}

// Merges over several rows with a link in the master, a link under a merge, formula-like
// text, bold, wrapped and formatted cells, frozen panes, a renamed sheet.
const sheets: OutputSheet[] = [
  sheet({
    kind: 'summary',
    name: '汇总',
    rows: [
      ['标题', null, null, null],
      ['指标', '东城镇', null, '西城镇'],
      [null, '本期', '增长', '本期'],
      ['工业总产值', 1234.5, 5.1, 88],
      ['=1+1', '+86', '-', '@x'],
      ['总计', null, null, 0.25],
    ],
    numberFormats: [
      [null, null, null, null],
      [null, null, null, null],
      [null, null, null, null],
      [null, '#,##0.00', '0.0', '0'],
      [null, null, null, null],
      [null, null, null, '0.0%'],
    ],
    columnWidths: [20, 12, 14, 9],
    boldRows: [0, 1, 5],
    frozenRows: 3,
    frozenColumns: 1,
    merges: [
      { row: 0, col: 0, rowSpan: 1, colSpan: 4 },
      { row: 1, col: 0, rowSpan: 2, colSpan: 1 },
      { row: 1, col: 1, rowSpan: 1, colSpan: 2 },
      { row: 5, col: 0, rowSpan: 1, colSpan: 3 },
    ],
    wrapColumns: [0],
    links: [
      { row: 1, col: 0, sheet: 'A/B', cell: 'A1' },
      { row: 3, col: 1, sheet: '汇总', cell: '$B$4' },
    ],
  }),
  sheet({
    name: 'A/B',
    rows: [
      ['级别', '单元格'],
      ['错误', '汇总!B4'],
      ['提示', 'Gone!A1'],
    ],
    links: [
      { row: 1, col: 1, sheet: '汇总', cell: 'B4' },
      { row: 2, col: 1, sheet: 'Gone', cell: 'A1' },
    ],
  }),
];

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'write-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeWorkbookFile', () => {
  it('writes the same cells, styles, merges, links, panes and marker as writeWorkbook', async () => {
    const marker = { area: '全县', period: '1-6月', sources: ['ab'] };
    const path = join(dir, '结果.xlsx');
    await writeWorkbookFile(sheets, path, { marker });
    const streamed = await outputCells(new Uint8Array(readFileSync(path)));
    const whole = await outputCells(await writeWorkbook(sheets, [], { marker }));
    expect(streamed).toEqual(whole);
    // Not vacuous: the features are there.
    expect(Object.keys(streamed.sheets)).toEqual(['汇总', 'A_B']);
    expect(streamed.sheets['汇总']?.merges).toEqual(['A1:D1', 'A2:A3', 'A6:C6', 'B2:C2']);
    expect(streamed.sheets['汇总']?.links['A2']).toBe("#'A_B'!A1");
    expect(streamed.sheets['汇总']?.frozen).toBe('1,3');
    expect(streamed.description).toContain('全县');
  });

  it('leaves no file behind when the path cannot be written', async () => {
    const taken = join(dir, '结果.xlsx');
    mkdirSync(taken); // a folder where the file should go: the final rename fails
    await expect(writeWorkbookFile(sheets, taken)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['结果.xlsx']);
  });
});
