import { readWorkbookGrids } from '../../src/host/office/read-grids';
import { supportUpTo } from '../../src/host/office/requirement';
import { writeOutputs } from '../../src/host/office/write-sheets';
import type { OutputSheet } from '../../src/core/output';
import { FakeExcel } from './fake-excel';
import { outputSheet, townshipSheet } from './office-fixtures';

const asContext = (fake: FakeExcel): Excel.RequestContext => fake.context as Excel.RequestContext;

function bigSheet(name: string, rows: number): OutputSheet {
  return outputSheet(
    name,
    Array.from({ length: rows }, (_, r) => [`指标${r}`, '万元', r * 1.25, r * 1.5, 5.1, r, '备注']),
  );
}

describe('reading with the values-only used range (issue 13 §6)', () => {
  // The user formatted column H of 东城镇 down to row 1,048,576.
  const workbook = (): FakeExcel =>
    new FakeExcel([{ ...townshipSheet('东城镇', 20, 7), formattedColumns: [7] }]);

  it.each(['1.2', '1.4', '1.12'])(
    'on ExcelApi %s does not read the formatted rows',
    async (api) => {
      const fake = workbook();
      const grids = await readWorkbookGrids(asContext(fake), { supports: supportUpTo(api) });
      expect(grids.sheets[0]?.rows).toHaveLength(20);
      expect(grids.sheets[0]?.rows[0]).toHaveLength(7);
      // values and formats of 20 rows x 7 columns, nothing more.
      expect(fake.cellsLoaded).toBe(2 * 20 * 7);
    },
  );

  it('on ExcelApi 1.1 (used range counts formats) stops after an empty block', async () => {
    const fake = workbook();
    const grids = await readWorkbookGrids(asContext(fake), { supports: supportUpTo('1.1') });
    expect(grids.sheets[0]?.rows).toHaveLength(20);
    expect(grids.sheets[0]?.rows[2]?.slice(0, 3)).toEqual(
      townshipSheet('东城镇', 20, 7).rows?.[2]?.slice(0, 3),
    );
    // Two 4 MB batches of the 8-column range, not 1,048,576 rows.
    expect(fake.cellsLoaded).toBeLessThan(2 * 8 * 40_000);
    expect(fake.syncCount).toBeLessThan(6);
  });

  it('a read the host refuses as too big is split and read again', async () => {
    const fake = new FakeExcel(
      [townshipSheet('东城镇', 400, 8, 1), townshipSheet('西城镇', 400, 8, 2)],
      { payloadLimit: 20_000 },
    );
    const grids = await readWorkbookGrids(asContext(fake), { supports: supportUpTo('1.12') });
    expect(fake.refusedBytes.length).toBeGreaterThan(0);
    expect(grids.sheets.map((s) => s.rows.length)).toEqual([400, 400]);
    expect(grids.sheets[1]?.rows[399]).toEqual(townshipSheet('西城镇', 400, 8, 2).rows?.[399]);
  });
});

describe('writing requests that fit (issue 13 §6)', () => {
  it('a write the host refuses as too big is split and retried until it fits', async () => {
    const limit = 100_000;
    const fake = new FakeExcel([{ name: 'Sheet1' }], { payloadLimit: limit });
    const sheets = [bigSheet('汇总', 2000), bigSheet('审核', 500)];
    // The writer plans for 4 MB; the host takes 100 KB.
    const report = await writeOutputs(asContext(fake), sheets, { supports: supportUpTo('1.12') });
    expect(report.names).toEqual(['汇总', '审核']);
    expect(fake.refusedBytes.length).toBeGreaterThan(0);
    for (const bytes of fake.requestBytes) expect(bytes).toBeLessThanOrEqual(limit);
    expect(fake.sheet('汇总').valuesFromA1()).toEqual(sheets[0]?.rows);
    expect(fake.sheet('审核').valuesFromA1()).toEqual(sheets[1]?.rows);
    expect(fake.names().filter((name) => name.startsWith('~'))).toEqual([]);
  });

  it('plans batches from the measured size of values and formats', async () => {
    // Long Chinese text: 30 characters a cell, 90 bytes as UTF-8.
    const text = '这是一段很长的说明文字用来测量请求的实际大小而不是按格估计的字节数';
    const sheet = outputSheet(
      '综述',
      Array.from({ length: 3000 }, () => [text, text, text, text]),
    );
    const limit = 400_000;
    const fake = new FakeExcel([{ name: 'Sheet1' }], { payloadLimit: limit });
    await writeOutputs(asContext(fake), [sheet], {
      supports: supportUpTo('1.12'),
      maxRequestBytes: limit,
    });
    // Planned right the first time: no refusal, every request under the limit.
    expect(fake.refusedBytes).toEqual([]);
    expect(Math.max(...fake.requestBytes)).toBeLessThanOrEqual(limit);
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(fake.sheet('综述').valuesFromA1()).toHaveLength(3000);
  });
});
