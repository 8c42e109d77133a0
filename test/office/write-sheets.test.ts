import { REGISTRY_SHEET_NAME, OWN_SHEET_PROPERTY } from '../../src/host/office/own-sheets';
import { supportUpTo } from '../../src/host/office/requirement';
import { writeOutputSheets } from '../../src/host/office/write-sheets';
import type { OutputSheet } from '../../src/core/output';
import { FakeExcel, type FakeSheet } from './fake-excel';
import { outputSheet, townshipSheet } from './office-fixtures';

const FOUR_MB = 4 * 1024 * 1024;
const asContext = (fake: FakeExcel): Excel.RequestContext => fake.context as Excel.RequestContext;
const values = (sheet: FakeSheet): unknown[][] => sheet.valuesFromA1();

function bigSheet(name: string, rows: number): OutputSheet {
  return outputSheet(
    name,
    Array.from({ length: rows }, (_, r) => [
      `指标${r}`,
      '万元',
      r * 1.25,
      r * 1.5,
      5.1,
      r,
      50.5,
      '备注',
    ]),
  );
}

describe('writeOutputSheets', () => {
  it('never touches a user sheet named 汇总; a second run replaces only its own sheets', async () => {
    const fake = new FakeExcel([
      townshipSheet('东城镇', 5, 7),
      { name: '汇总', rows: [['用户自己的汇总']] },
    ]);
    const supports = supportUpTo('1.1');
    const first = await writeOutputSheets(
      asContext(fake),
      [outputSheet('汇总', [['第一次']]), outputSheet('分乡镇', [['第一次分乡镇']])],
      { supports },
    );
    expect(first).toEqual(['汇总(2)', '分乡镇']);
    expect(fake.names()).toEqual(['东城镇', '汇总', '汇总(2)', '分乡镇', REGISTRY_SHEET_NAME]);
    expect(fake.syncCount).toBe(2);

    fake.resetMeters();
    const second = await writeOutputSheets(asContext(fake), [outputSheet('汇总', [['第二次']])], {
      supports,
    });
    expect(second).toEqual(['汇总(2)']);
    // Names, registry, the check of our old sheets (marker, fingerprint), data, swap.
    expect(fake.syncCount).toBe(5);
    // The old 分乡镇 was ours: gone. The user's 汇总 and 东城镇 are untouched.
    expect(fake.names()).toEqual(['东城镇', '汇总', REGISTRY_SHEET_NAME, '汇总(2)']);
    expect(values(fake.sheet('汇总'))).toEqual([['用户自己的汇总']]);
    expect(values(fake.sheet('汇总(2)'))).toEqual([['第二次']]);
    expect(values(fake.sheet('东城镇'))).toEqual(townshipSheet('东城镇', 5, 7).rows);
    const registry = values(fake.sheet(REGISTRY_SHEET_NAME)).slice(1);
    expect(registry.map((row) => row[0])).toEqual(['汇总(2)']);
  });

  it('takes back the plain name once the user has renamed their own sheet', async () => {
    const fake = new FakeExcel([{ name: '汇总', rows: [['用户']] }]);
    const supports = supportUpTo('1.2');
    await writeOutputSheets(asContext(fake), [outputSheet('汇总', [['一']])], { supports });
    fake.sheet('汇总').name = '我的汇总';
    await writeOutputSheets(asContext(fake), [outputSheet('汇总', [['二']])], { supports });
    expect(fake.names()).toEqual(['我的汇总', REGISTRY_SHEET_NAME, '汇总']);
    expect(values(fake.sheet('汇总'))).toEqual([['二']]);
    expect(fake.sheet(REGISTRY_SHEET_NAME).visibility).toBe('VeryHidden');
  });

  it('on ExcelApi 1.12 spares a user sheet that took the name of a deleted output sheet', async () => {
    const fake = new FakeExcel([townshipSheet('东城镇', 5, 7)]);
    const supports = supportUpTo('1.12');
    await writeOutputSheets(asContext(fake), [outputSheet('审核', [['ours']])], { supports });
    expect(fake.sheet('审核').properties.get(OWN_SHEET_PROPERTY)).toBe('summary');
    // The user deletes our 审核 and makes their own with the same name.
    const ours = fake.sheet('审核');
    fake.sheets.splice(fake.sheets.indexOf(ours), 1);
    fake.sheets.push(
      new (ours.constructor as new (init: { name: string; rows: string[][] }) => FakeSheet)({
        name: '审核',
        rows: [['用户的审核']],
      }),
    );
    await writeOutputSheets(asContext(fake), [outputSheet('审核', [['ours again']])], { supports });
    expect(values(fake.sheet('审核'))).toEqual([['用户的审核']]);
    expect(values(fake.sheet('审核(2)'))).toEqual([['ours again']]);
  });

  it('writes text that looks like a formula or a number as text', async () => {
    const fake = new FakeExcel([{ name: 'Sheet1' }]);
    await writeOutputSheets(
      asContext(fake),
      [outputSheet('综述', [['=1+1', '+86', '-5%', '@a', 12, null, '007']])],
      { supports: supportUpTo('1.1') },
    );
    const sheet = fake.sheet('综述');
    expect(values(sheet)).toEqual([['=1+1', '+86', '-5%', '@a', 12, null, '007']]);
    expect(sheet.peek(0, 0)?.formula).toBeUndefined();
    expect(sheet.peek(0, 0)?.format).toBe('@');
    expect(sheet.peek(0, 4)?.format).toBe('General');
  });

  it('the fake does turn such text into formulas and numbers without "@" (the test can fail)', async () => {
    const fake = new FakeExcel([{ name: 'S' }]);
    const range = (fake.context as Excel.RequestContext).workbook.worksheets
      .getItem('S')
      .getRange('A1:B1');
    range.values = [['=1+1', '+86']];
    await fake.sync();
    expect(fake.sheet('S').peek(0, 0)?.formula).toBe('=1+1');
    expect(fake.sheet('S').peek(0, 1)?.value).toBe(86);
  });

  it('applies formats, widths, bold rows, wraps, merges, panes and links where supported', async () => {
    const fake = new FakeExcel([townshipSheet('东城镇', 5, 7)]);
    const sheet = outputSheet(
      '审核',
      [
        ['审核结果', null, null],
        ['级别', '工作表', '单元格'],
        ['错误', '东城镇', 'C5'],
        ['提示', '汇总', 'B3'],
      ],
      {
        numberFormats: [[null], [null], [null, null, null], [null, null, null]],
        columnWidths: [8, 12, 10],
        boldRows: [0, 1],
        frozenRows: 2,
        frozenColumns: 1,
        merges: [{ row: 0, col: 0, rowSpan: 1, colSpan: 3 }],
        wrapColumns: [1],
        links: [
          { row: 2, col: 2, sheet: '东城镇', cell: '$C$5' },
          { row: 3, col: 2, sheet: '汇总', cell: 'B3' },
          { row: 3, col: 1, sheet: '不存在', cell: 'A1' },
        ],
      },
    );
    const summary = outputSheet('汇总', [['x']]);
    const supports = supportUpTo('1.8');
    await writeOutputSheets(asContext(fake), [sheet, summary], { supports });
    const written = fake.sheet('审核');
    expect(written.columnWidths.get(1)).toBe(((12 * 7 + 5) * 3) / 4);
    expect(written.peek(1, 2)?.bold).toBe(true);
    expect(written.peek(2, 0)?.bold).toBeUndefined();
    expect(written.peek(3, 1)?.wrap).toBe(true);
    expect(written.merges).toEqual(['A1:C1']);
    expect(written.frozen).toEqual({ rows: 2, columns: 1 });
    expect(written.peek(2, 2)?.hyperlink?.documentReference).toBe("'东城镇'!C5");
    expect(written.peek(3, 2)?.hyperlink?.documentReference).toBe("'汇总'!B3");
    expect(written.peek(3, 1)?.hyperlink).toBeUndefined();
    expect(values(written)[2]).toEqual(['错误', '东城镇', 'C5']);
    expect(fake.suspendedSyncs.slice(-1)).toEqual([true]);
    expect(fake.active).toBe('审核');

    // On ExcelApi 1.1 the same sheet is written without the gated features.
    const old = new FakeExcel([townshipSheet('东城镇', 5, 7)]);
    await writeOutputSheets(asContext(old), [sheet], { supports: supportUpTo('1.1') });
    const plain = old.sheet('审核');
    expect(plain.columnWidths.size).toBe(0);
    expect(plain.merges).toEqual([]);
    expect(plain.frozen).toEqual({ rows: 0, columns: 0 });
    expect(plain.peek(2, 2)?.hyperlink).toBeUndefined();
    expect(plain.peek(1, 2)?.bold).toBe(true);
    expect(old.suspendedSyncs).not.toContain(true);
    expect(old.sheet(REGISTRY_SHEET_NAME).visibility).toBe('Visible');
  });

  it('writes the 4 output sheets of 200 townships in 2 syncs, under 4 MB', async () => {
    const fake = new FakeExcel([{ name: 'Sheet1' }]);
    const sheets = [
      bigSheet('汇总', 60),
      bigSheet('分乡镇', 60),
      bigSheet('审核', 2000),
      bigSheet('综述', 20),
    ];
    await writeOutputSheets(asContext(fake), sheets, { supports: supportUpTo('1.12') });
    expect(fake.syncCount).toBe(2);
    expect(Math.max(...fake.requestBytes)).toBeLessThan(FOUR_MB);
  });

  it('adds one sync per 4 MB for big results, and writes every row', async () => {
    const fake = new FakeExcel([{ name: 'Sheet1' }]);
    // About 128 bytes a row: 35,000 rows are 4.5 MB.
    const sheets = [bigSheet('甲', 35_000)];
    await writeOutputSheets(asContext(fake), sheets, { supports: supportUpTo('1.12') });
    const dataBytes = fake.requestBytes.slice(1).reduce((a, b) => a + b, 0);
    expect(fake.syncCount).toBe(1 + Math.ceil(dataBytes / (FOUR_MB - 4096)));
    expect(fake.syncCount).toBe(3);
    for (const bytes of fake.requestBytes) expect(bytes).toBeLessThan(FOUR_MB);
    expect(fake.suspendedSyncs.slice(1).every(Boolean)).toBe(true);
    const written = values(fake.sheet('甲'));
    expect(written).toHaveLength(35_000);
    expect(JSON.stringify(written)).toBe(JSON.stringify(sheets[0]?.rows));
  });
});
