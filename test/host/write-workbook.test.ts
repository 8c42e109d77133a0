import { Workbook } from 'exceljs';
import type { OutputSheet } from '../../src/core/output';
import {
  readWorkbook,
  sanitizeSheetName,
  uniqueSheetName,
  writeWorkbook,
} from '../../src/host/xlsx';

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

async function reload(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

describe('writeWorkbook', () => {
  const summary = sheet({
    kind: 'summary',
    name: '汇总',
    rows: [
      ['标题', null, null],
      ['指标名称', '本期', '同比增长(%)'],
      ['工业总产值', 1234.5, 5.1],
      ['=1+1', '+86', '-'],
      ['@x', null, 0],
    ],
    numberFormats: [
      [null, null, null],
      [null, null, null],
      [null, '#,##0.00', '0.0'],
      [null, null, null],
      [null, null, '0.0'],
    ],
    columnWidths: [20, 12, 14],
    boldRows: [0, 1],
    frozenRows: 2,
    frozenColumns: 1,
    merges: [{ row: 0, col: 0, rowSpan: 1, colSpan: 3 }],
    wrapColumns: [0],
  });
  const audit = sheet({
    name: '审核',
    rows: [
      ['级别', '单元格'],
      ['错误', '东城镇!C3'],
      ['提示', '汇总!B3'],
      ['提示', 'Gone!A1'],
    ],
    links: [
      { row: 1, col: 1, sheet: '东城镇', cell: 'C3' },
      { row: 2, col: 1, sheet: '汇总', cell: '$B$3' },
      { row: 3, col: 1, sheet: 'Gone', cell: 'A1' },
    ],
  });

  it('writes values, keeping text that looks like a formula as text', async () => {
    const workbook = await reload(await writeWorkbook([summary]));
    const ws = workbook.getWorksheet('汇总');
    expect(ws).toBeDefined();
    expect(ws?.getCell('B3').value).toBe(1234.5);
    expect(ws?.getCell('C3').value).toBe(5.1);
    expect(ws?.getCell('C5').value).toBe(0);
    for (const [address, text] of [
      ['A4', '=1+1'],
      ['B4', '+86'],
      ['C4', '-'],
      ['A5', '@x'],
    ] as const) {
      const cell = ws?.getCell(address);
      expect(cell?.value).toBe(text);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.type).toBe(3); // ValueType.String
    }
    expect(ws?.getCell('B5').value).toBeNull();
  });

  it('writes number formats, widths, bold rows, merges, wrap and frozen panes', async () => {
    const ws = (await reload(await writeWorkbook([summary]))).getWorksheet('汇总');
    expect(ws?.getCell('B3').numFmt).toBe('#,##0.00');
    expect(ws?.getCell('C3').numFmt).toBe('0.0');
    expect(ws?.getColumn(1).width).toBe(20);
    expect(ws?.getColumn(3).width).toBe(14);
    expect(ws?.getCell('B2').font?.bold).toBe(true);
    expect(ws?.getCell('A3').font?.bold).toBeFalsy();
    expect(ws?.getCell('A3').alignment?.wrapText).toBe(true);
    expect(ws?.getCell('C1').isMerged).toBe(true);
    expect(ws?.getCell('C1').master.address).toBe('A1');
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
  });

  it('links cells to other sheets, skipping sheets the workbook does not hold', async () => {
    const bytes = await writeWorkbook([summary, audit], ['东城镇']);
    const ws = (await reload(bytes)).getWorksheet('审核');
    expect(ws?.getCell('B2').value).toEqual({ text: '东城镇!C3', hyperlink: "#'东城镇'!C3" });
    expect(ws?.getCell('B3').value).toEqual({ text: '汇总!B3', hyperlink: "#'汇总'!B3" });
    expect(ws?.getCell('B4').value).toBe('Gone!A1');
  });

  it('gives clashing and invalid names a valid unique name, links following', async () => {
    const bytes = await writeWorkbook(
      [summary, { ...summary, name: '汇总' }, { ...audit, name: '审核:*?' }],
      ['汇总'],
    );
    const workbook = await reload(bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['汇总(2)', '汇总(3)', '审核___']);
    // The user's 汇总 takes precedence as a link target: it is the sheet the finding is about.
    expect(workbook.getWorksheet('审核___')?.getCell('B3').value).toMatchObject({
      hyperlink: "#'汇总'!B3",
    });
  });

  it('round-trips through readWorkbook', async () => {
    const grids = await readWorkbook(await writeWorkbook([summary]), 'out.xlsx');
    expect(grids.sheets[0]?.rows[3]).toEqual(['=1+1', '+86', '-']);
    expect(grids.sheets[0]?.rows[0]).toEqual(['标题']);
  });
});

describe('uniqueSheetName', () => {
  it.each([
    ['汇总', [], '汇总'],
    ['汇总', ['汇总'], '汇总(2)'],
    ['汇总', ['汇总', '汇总(2)'], '汇总(3)'],
    ['Sheet', ['SHEET'], 'Sheet(2)'],
    ['a'.repeat(40), [], 'a'.repeat(31)],
    ['a'.repeat(40), ['a'.repeat(31)], `${'a'.repeat(28)}(2)`],
  ])('%j among %j -> %j', (wanted, taken, expected) => {
    expect(uniqueSheetName(wanted, taken)).toBe(expected);
  });

  it('replaces forbidden characters and never returns an empty name', () => {
    expect(sanitizeSheetName('a[b]c:d*e?f/g\\h')).toBe('a_b_c_d_e_f_g_h');
    expect(sanitizeSheetName("''")).toBe('Sheet');
  });
});
