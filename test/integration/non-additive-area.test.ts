/**
 * The 汇总 sheet's cells for rates and per-capita figures (issue #14 §4), through the real
 * pipeline and a real .xlsx written and read back by exceljs.
 */
import type { SheetGrid, WorkbookGrids } from '../../src/core/grid';
import { runPipeline } from '../../src/core/pipeline';
import { readWorkbook, writeWorkbook } from '../../src/host/xlsx';

const HEADER = ['指标名称', '计量单位', '本期', '上年同期'];

/** The 汇总 sheet's rows of a run over these sheets, from the written workbook. */
async function summaryRows(sheets: SheetGrid[]): Promise<unknown[][]> {
  const input: WorkbookGrids = { file: '园区.xlsx', sheets };
  const result = runPipeline([input], { area: '园区' });
  const bytes = await writeWorkbook(result.sheets, [], {
    marker: { area: '园区', period: result.words.period, sources: [] },
  });
  const back = await readWorkbook(bytes, '结果.xlsx');
  const summary = back.sheets.find((s) => s.name === '汇总');
  if (!summary) throw new Error('no 汇总 sheet');
  return summary.rows.map((row) => [...row]);
}

function rowOf(rows: unknown[][], label: string): unknown[] {
  const row = rows.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

describe('汇总 cells of non-additive indicators', () => {
  it("writes a single park's rate and per-capita figure as it reported them", async () => {
    const rows = await summaryRows([
      {
        name: '园区',
        rows: [
          HEADER,
          ['工业总产值', '万元', 185000, 176000],
          ['开工率', '%', 85.5, 80.2],
          ['人均产值', '万元/人', 63.3, 60.1],
        ],
      },
    ]);
    expect(rowOf(rows, '开工率').slice(2, 4)).toEqual([85.5, 80.2]);
    expect(rowOf(rows, '人均产值').slice(2, 4)).toEqual([63.3, 60.1]);
  });

  it('leaves 人均产值 empty when a township lacks 企业员工总数, and derives it when all have it', async () => {
    const township = (name: string, staff: number | null): SheetGrid => ({
      name,
      rows: [
        HEADER,
        ['工业总产值', '万元', 120, 100],
        ...(staff === null ? [] : [['企业员工总数', '人', staff, staff]]),
        ['人均产值', '元/人', 1, 1],
      ],
    });
    const partial = await summaryRows([township('东城镇', 10), township('西城镇', null)]);
    // The row is written, its value cells empty (trailing empty cells are not read back).
    expect(
      rowOf(partial, '人均产值')
        .slice(2, 4)
        .filter((v) => v != null),
    ).toEqual([]);
    expect(rowOf(partial, '人均产值')[1]).toBe('元/人');
    const whole = await summaryRows([township('东城镇', 10), township('西城镇', 30)]);
    // 240万元 ÷ 40人 = 60000元/人; 200万元 ÷ 40人 = 50000元/人
    expect(rowOf(whole, '人均产值').slice(2, 4)).toEqual([60000, 50000]);
  });
});
