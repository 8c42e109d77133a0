/**
 * The same county totals from real .xlsx files as from the grids they were written from:
 * townships written with exceljs, read back by the host's reader, consolidated (few runs:
 * each writes and reads a workbook).
 */
import { Workbook } from 'exceljs';
import fc from 'fast-check';
import { runPipeline } from '../../src/core/pipeline';
import { readWorkbook } from '../../src/host/xlsx/read-workbook';
import { totalsOf, townships, workbookOf } from './township-arbitraries';

describe('totals through .xlsx files', () => {
  it('are the totals of the grids the files were written from', async () => {
    await fc.assert(
      fc.asyncProperty(townships(2), async (ts) => {
        const grids = workbookOf(ts);
        const workbook = new Workbook();
        for (const sheet of grids.sheets) {
          const ws = workbook.addWorksheet(sheet.name);
          sheet.rows.forEach((row, r) =>
            row.forEach((value, c) => {
              if (value !== null) ws.getCell(r + 1, c + 1).value = value;
            }),
          );
        }
        const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
        const read = await readWorkbook(bytes, '县域.xlsx');
        expect(read.sheets.map((s) => s.name)).toEqual(grids.sheets.map((s) => s.name));
        expect(totalsOf(runPipeline([read]).consolidation)).toEqual(
          totalsOf(runPipeline([grids]).consolidation),
        );
      }),
      { numRuns: 4 },
    );
  }, 20_000);
});
