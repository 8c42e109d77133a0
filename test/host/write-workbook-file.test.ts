import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { OutputSheet } from '../../src/core/output';
import { readWorkbookWithExceljs, writeWorkbook } from '../../src/host/xlsx';
import { fastReadOrReason } from '../../src/host/xlsx/fast-read-workbook';
import { openWithNodeZlib } from '../../src/host/xlsx/node-archive';
import type { ChartSheet } from '../../src/host/xlsx/write-workbook';
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
    // exceljs leaves out a column of width 9 (its default; Excel's is 8.43): ours keeps it.
    const withoutWidths = (cells: typeof whole) => ({
      ...cells,
      sheets: Object.fromEntries(
        Object.entries(cells.sheets).map(([name, sheet]) => [name, { ...sheet, widths: [] }]),
      ),
    });
    expect(withoutWidths(streamed)).toEqual(withoutWidths(whole));
    expect(streamed.sheets['汇总']?.widths).toEqual([20, 12, 14, 9]);
    // Not vacuous: the features are there.
    expect(Object.keys(streamed.sheets)).toEqual(['汇总', 'A_B']);
    expect(streamed.sheets['汇总']?.merges).toEqual(['A1:D1', 'A2:A3', 'A6:C6', 'B2:C2']);
    expect(streamed.sheets['汇总']?.links['A2']).toBe("'A_B'!A1");
    expect(streamed.sheets['汇总']?.frozen).toBe('1,3');
    expect(streamed.description).toContain('全县');
  });

  it('writes the 图表 pictures it is promised after the other sheets, as writeWorkbook does', async () => {
    const png = new Uint8Array(readFileSync(join(__dirname, '../../docs/images/chart-value.png')));
    let drawn: (charts: ChartSheet) => void = () => undefined;
    const charts = new Promise<ChartSheet>((resolve) => (drawn = resolve));
    const path = join(dir, '图表.xlsx');
    const writing = writeWorkbookFile(sheets, path, { charts });
    const image = { title: '各乡镇工业总产值', png, widthPx: 1180, heightPx: 680 };
    drawn({
      images: [image, { ...image, heightPx: 400 }],
      notes: ['=注', '另有 4 个乡镇未列出'],
      scale: 2,
    });
    await writing;
    const pictures = async (bytes: Uint8Array) => {
      const workbook = new Workbook();
      await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
      const sheet = workbook.getWorksheet('图表');
      return {
        names: workbook.worksheets.map((w) => w.name),
        notes: [
          sheet?.getCell('A1').value,
          sheet?.getCell('A2').value,
          sheet?.getCell('A1').numFmt,
        ],
        images: (sheet?.getImages() ?? []).map((i) => ({
          row: i.range.tl.nativeRow,
          col: i.range.tl.nativeCol,
          size: (i.range as { ext?: unknown }).ext,
          bytes: Buffer.from(workbook.getImage(Number(i.imageId)).buffer as ArrayBuffer).length,
        })),
      };
    };
    const bytes = new Uint8Array(readFileSync(path));
    const ours = await pictures(bytes);
    expect(ours).toEqual(await pictures(await writeWorkbook(sheets, [], { charts: await charts })));
    expect(ours.images).toEqual([
      { row: 3, col: 0, size: { width: 590, height: 340 }, bytes: png.length },
      { row: 21, col: 0, size: { width: 590, height: 200 }, bytes: png.length },
    ]);
    expect(ours.notes).toEqual(['=注', '另有 4 个乡镇未列出', '@']);
    // The PNG is stored as it is (compressing it again gains nothing).
    expect(Buffer.from(bytes).includes(Buffer.from(png))).toBe(true);
  });

  it('leaves no file behind when the pictures fail', async () => {
    const path = join(dir, '结果.xlsx');
    const charts = Promise.reject(new Error('字体损坏'));
    await expect(writeWorkbookFile(sheets, path, { charts })).rejects.toThrow('字体损坏');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps text as it is: markup characters, blanks at the ends, line breaks, long sheets', async () => {
    const texts = [
      '<a href="x">&amp;</a>',
      "it's",
      '  两端空格 ',
      '第一行\n第二行',
      'A\u0001B',
      '\t制表',
    ];
    const wide = Array.from({ length: 300 }, (_, r) =>
      Array.from({ length: 60 }, (_, c) => (c % 2 === 0 ? r * 60 + c + 0.5 : `乡镇${r}-${c}`)),
    );
    const many: OutputSheet[] = [
      sheet({ name: '文字', rows: texts.map((text) => [text]) }),
      sheet({ name: '大表', rows: wide }),
    ];
    const path = join(dir, '文字.xlsx');
    await writeWorkbookFile(many, path);
    const bytes = new Uint8Array(readFileSync(path));
    const ours = await readWorkbookWithExceljs(bytes, 'x.xlsx');
    const theirs = await readWorkbookWithExceljs(await writeWorkbook(many), 'x.xlsx');
    expect(ours).toEqual(theirs);
    // A control character is left out, as exceljs does; the rest is kept.
    expect(ours.sheets[0]?.rows.map((row) => row[0])).toEqual([
      '<a href="x">&amp;</a>',
      "it's",
      '  两端空格 ',
      '第一行\n第二行',
      'AB',
      '\t制表',
    ]);
    expect(ours.sheets[1]?.rows[299]?.[59]).toBe('乡镇299-59');
    // Our own reader reads it too, to the same grids, with either unzip (the large sheet
    // is deflated in several chunks, each ended by a sync flush).
    expect(await fastReadOrReason(bytes, 'x.xlsx')).toEqual(ours);
    expect(await fastReadOrReason(bytes, 'x.xlsx', openWithNodeZlib)).toEqual(ours);
  });

  it('makes a file that openpyxl (Debian’s python3-openpyxl) reads without a warning', async () => {
    const python = '/usr/bin/python3';
    const check = 'import openpyxl';
    try {
      execFileSync(python, ['-c', check], { stdio: 'ignore' });
    } catch {
      console.log('openpyxl check skipped: /usr/bin/python3 with python3-openpyxl not found');
      return;
    }
    const path = join(dir, '结果.xlsx');
    await writeWorkbookFile(sheets, path, { marker: { area: '全县', period: null, sources: [] } });
    const script = [
      'import openpyxl, sys, json',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      'ws = wb["汇总"]',
      'print(json.dumps([wb.sheetnames, ws["B4"].value, ws["B4"].number_format, ws["A5"].value,',
      '  ws["A5"].number_format, ws["A1"].font.b, ws.freeze_panes, [str(r) for r in ws.merged_cells.ranges],',
      '  ws.column_dimensions["A"].width], ensure_ascii=False))',
    ].join('\n');
    const out = execFileSync(python, ['-W', 'error', '-c', script, path], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([
      ['汇总', 'A_B'],
      '1234.5',
      '#,##0.00',
      '=1+1',
      '@',
      true,
      'B4',
      ['A1:D1', 'A2:A3', 'B2:C2', 'A6:C6'],
      20,
    ]);
  });

  it('leaves no file behind when the path cannot be written', async () => {
    const taken = join(dir, '结果.xlsx');
    mkdirSync(taken); // a folder where the file should go: the final rename fails
    await expect(writeWorkbookFile(sheets, taken)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['结果.xlsx']);
  });
});
