import JSZip from 'jszip';
import type { OutputSheet } from '../../src/core/output';
import { readMarkerText, readWorkbook, writeWorkbook } from '../../src/host/xlsx';
import { fillSheet, xlsxBytes } from './xlsx-files';

function sheet(rows: OutputSheet['rows'], formats?: OutputSheet['numberFormats']): OutputSheet {
  return {
    kind: 'summary',
    name: '汇总',
    rows,
    numberFormats: formats ?? rows.map((row) => row.map(() => null)),
    columnWidths: [],
    boldRows: [0],
    frozenRows: 0,
    frozenColumns: 0,
    merges: [],
    wrapColumns: [],
    links: [],
  };
}

/** Each cell of the first sheet: its XML (type, formula) and its number format code. */
async function cellsOf(bytes: Uint8Array): Promise<Map<string, { xml: string; format: string }>> {
  const zip = await JSZip.loadAsync(bytes);
  const sheetXml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
  const custom = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const formatIds = [...xfs.matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => m[1] ?? '0');
  const cells = new Map<string, { xml: string; format: string }>();
  for (const m of sheetXml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const style = /\ss="(\d+)"/.exec(m[2] ?? '')?.[1];
    const id = style === undefined ? '0' : (formatIds[Number(style)] ?? '0');
    const format = id === '49' ? '@' : (custom.get(id) ?? `builtin:${id}`);
    cells.set(m[1] ?? '', { xml: m[0], format });
  }
  return cells;
}

describe('writeWorkbook: formula-like text stays text', () => {
  it('gives text starting with = + - @ the Text format, as string cells without formulas', async () => {
    const bytes = await writeWorkbook([
      sheet(
        [
          ['=SUM(A1)', '+86 电话', '-3', '@home'],
          ['工业总产值', 5, '-', '全县'],
        ],
        [
          [null, '0.00', null, null],
          [null, '0.000', null, null],
        ],
      ),
    ]);
    const cells = await cellsOf(bytes);
    for (const address of ['A1', 'B1', 'C1', 'D1', 'C2']) {
      const cell = cells.get(address);
      expect([address, cell?.format]).toEqual([address, '@']);
      expect(cell?.xml).not.toContain('<f>');
      expect(cell?.xml).toMatch(/t="(s|str|inlineStr)"/);
    }
    // Other cells keep their own formats.
    expect(cells.get('A2')?.format).toBe('builtin:0');
    expect(cells.get('B2')?.format).toBe('0.000');
    const grid = (await readWorkbook(bytes, 'out.xlsx')).sheets[0];
    expect(grid?.rows).toEqual([
      ['=SUM(A1)', '+86 电话', '-3', '@home'],
      ['工业总产值', 5, '-', '全县'],
    ]);
  });
});

describe('the result marker', () => {
  const marker = { area: '全县', period: '上半年', sources: ['a'.repeat(64), 'b'.repeat(64)] };

  it('round-trips through the document properties', async () => {
    const bytes = await writeWorkbook([sheet([['指标名称']])], [], { marker });
    const grids = await readWorkbook(bytes, '汇总结果.xlsx');
    expect(grids.result).toEqual(marker);
    const core = await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')?.async('string');
    expect(core).toContain('park-stats-result:');
  });

  it('keeps null words', async () => {
    const none = { area: null, period: null, sources: [] };
    const bytes = await writeWorkbook([sheet([['x']])], [], { marker: none });
    expect((await readWorkbook(bytes, 'r.xlsx')).result).toEqual(none);
  });

  it('is absent from workbooks without it: ours unmarked, a user description', async () => {
    const plain = await writeWorkbook([sheet([['x']])]);
    expect(await readWorkbook(plain, 'r.xlsx')).not.toHaveProperty('result');
    const user = await xlsxBytes((workbook) => {
      workbook.description = '甲镇2025年上半年报表';
      fillSheet(workbook.addWorksheet('甲镇'), [['x']]);
    });
    expect(await readWorkbook(user, '甲镇.xlsx')).not.toHaveProperty('result');
  });

  it.each([
    ['not ours', '甲镇', null],
    ['broken JSON', 'park-stats-result:{', null],
    ['wrong shape', 'park-stats-result:{"area":1,"period":null,"sources":[]}', null],
    ['hashes not text', 'park-stats-result:{"area":null,"period":null,"sources":[1]}', null],
  ])('reads %s as no marker', (_, text, expected) => {
    expect(readMarkerText(text)).toBe(expected);
  });
});
