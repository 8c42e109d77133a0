import { readWorkbookGrids } from '../../src/host/office/read-grids';
import { supportUpTo } from '../../src/host/office/requirement';
import { writeOutputSheets } from '../../src/host/office/write-sheets';
import { FakeExcel } from './fake-excel';
import { outputSheet, townshipSheet } from './office-fixtures';

const FOUR_MB = 4 * 1024 * 1024;
const asContext = (fake: FakeExcel): Excel.RequestContext => fake.context as Excel.RequestContext;

describe('readWorkbookGrids', () => {
  it('reads 200 township sheets of 50 x 8 in 3 syncs, each under 4 MB', async () => {
    const sheets = Array.from({ length: 200 }, (_, i) =>
      townshipSheet(`乡镇${i + 1}`, 50, 8, i + 1),
    );
    const fake = new FakeExcel(sheets);
    const grids = await readWorkbookGrids(asContext(fake), { supports: supportUpTo('1.1') });
    expect(fake.syncCount).toBe(3);
    expect(Math.max(...fake.requestBytes)).toBeLessThan(FOUR_MB);
    expect(grids.sheets).toHaveLength(200);
    expect(grids.sheets[199]?.name).toBe('乡镇200');
    expect(grids.sheets[7]?.rows).toEqual(sheets[7]?.rows);
  });

  it('keeps a constant number of syncs with every feature on (indents, 1.12 checks)', async () => {
    const sheets = Array.from({ length: 200 }, (_, i) =>
      townshipSheet(`乡镇${i + 1}`, 50, 8, i + 1),
    );
    const fake = new FakeExcel(sheets);
    await readWorkbookGrids(asContext(fake), { supports: supportUpTo('1.12') });
    expect(fake.syncCount).toBeLessThanOrEqual(4);
    expect(Math.max(...fake.requestBytes)).toBeLessThan(FOUR_MB);
  });

  it('adds one sync per 4 MB for big sheets', async () => {
    // 6 sheets x 1,500 rows x 20 columns = 180,000 cells, estimated at 36 bytes each: 6.5 MB.
    const sheets = Array.from({ length: 6 }, (_, i) =>
      townshipSheet(`大镇${i + 1}`, 1500, 20, i + 1),
    );
    const fake = new FakeExcel(sheets);
    const grids = await readWorkbookGrids(asContext(fake), { supports: supportUpTo('1.1') });
    expect(fake.syncCount).toBe(2 + Math.ceil((180_000 * 36) / FOUR_MB));
    expect(fake.syncCount).toBe(4);
    for (const bytes of fake.requestBytes) expect(bytes).toBeLessThan(FOUR_MB);
    // JSON comparison: jest's deep equality takes seconds on 180,000 cells.
    expect(JSON.stringify(grids.sheets.map((grid) => grid.rows))).toBe(
      JSON.stringify(sheets.map((sheet) => sheet.rows)),
    );
  });

  it('adds one sync per budget for a smaller budget, splitting sheets between rows', async () => {
    const sheets = Array.from({ length: 3 }, (_, i) =>
      townshipSheet(`大镇${i + 1}`, 300, 20, i + 1),
    );
    const fake = new FakeExcel(sheets);
    const budget = 64 * 1024;
    const grids = await readWorkbookGrids(asContext(fake), {
      supports: supportUpTo('1.1'),
      maxRequestBytes: budget,
    });
    expect(fake.syncCount).toBe(2 + Math.ceil((3 * 300 * 20 * 36) / budget));
    for (const bytes of fake.requestBytes) expect(bytes).toBeLessThan(budget);
    grids.sheets.forEach((grid, i) => expect(grid.rows).toEqual(sheets[i]?.rows));
  });

  it('places a used range that does not start at A1, and finds percent cells and indents', async () => {
    const fake = new FakeExcel([
      {
        name: '东城镇',
        rows: [
          [],
          [null, null, '指标名称', '增速'],
          [null, null, '其中：规上', 0.051],
          [null, null, '', 12],
        ],
        formats: [[], [], [null, null, null, '0.0%'], [null, null, '0%', null]],
        indents: { C3: 2 },
      },
    ]);
    const grids = await readWorkbookGrids(asContext(fake), {
      supports: supportUpTo('1.9'),
      file: '县.xlsx',
    });
    expect(grids.file).toBe('县.xlsx');
    expect(grids.sheets[0]).toEqual({
      name: '东城镇',
      file: '县.xlsx',
      rows: [
        [],
        [null, null, '指标名称', '增速'],
        [null, null, '其中：规上', 0.051],
        [null, null, null, 12],
      ],
      percentCells: { D3: true },
      indents: { C3: 2 },
    });
  });

  it('does not ask for indents below ExcelApi 1.9, nor formats when told not to', async () => {
    const fake = new FakeExcel([
      { name: 'a', rows: [['x', 0.5]], formats: [[null, '0%']], indents: { A1: 1 } },
    ]);
    const grids = await readWorkbookGrids(asContext(fake), {
      supports: supportUpTo('1.8'),
      formats: false,
    });
    expect(grids.sheets[0]).toEqual({ name: 'a', rows: [['x', 0.5]] });
  });

  it('reads an empty sheet as no rows and can skip hidden sheets', async () => {
    const fake = new FakeExcel([
      { name: '空' },
      { name: '隐藏', rows: [['x']], visibility: 'Hidden' },
      { name: '深度隐藏', rows: [['y']], visibility: 'VeryHidden' },
    ]);
    const all = await readWorkbookGrids(asContext(fake), { supports: supportUpTo('1.1') });
    // Hidden sheets carry their mark (Worksheet.visibility, readable on ExcelApi 1.1).
    expect(all.sheets).toEqual([
      { name: '空', rows: [] },
      { name: '隐藏', rows: [['x']], hidden: 'hidden' },
      { name: '深度隐藏', rows: [['y']], hidden: 'veryHidden' },
    ]);
    // ExcelApi 1.4+: a sheet with formatting but no values is a null used range.
    fake.sheet('空').cell(3, 3).format = '0.0';
    const modern = await readWorkbookGrids(asContext(fake), { supports: supportUpTo('1.4') });
    expect(modern.sheets[0]).toEqual({ name: '空', rows: [] });
    const visible = await readWorkbookGrids(asContext(fake), {
      supports: supportUpTo('1.1'),
      includeHidden: false,
    });
    expect(visible.sheets.map((s) => s.name)).toEqual(['空']);
  });

  it('leaves out our own output sheets and the registry', async () => {
    const fake = new FakeExcel([
      townshipSheet('东城镇', 5, 7),
      { name: '汇总', rows: [['用户的']] },
    ]);
    const supports = supportUpTo('1.12');
    await writeOutputSheets(asContext(fake), [outputSheet('汇总', [['结果']])], { supports });
    expect(fake.names()).toEqual(['东城镇', '汇总', '汇总(2)', '__park_stats_registry']);
    const grids = await readWorkbookGrids(asContext(fake), { supports });
    expect(grids.sheets.map((s) => s.name)).toEqual(['东城镇', '汇总']);
  });
});
