import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { runCli, type CliIO } from '../../src/cli/run-cli';
import { makeTempDir, writeXlsx } from './xlsx-files';

describe('formula-like text in a result written by the command line', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('keeps "=SUM(A1)" and "+86 电话" labels as text cells with the Text format in 汇总', async () => {
    const input = join(temp.dir, '甲镇.xlsx');
    const output = join(temp.dir, '汇总结果.xlsx');
    const rows = (name: string, a: number, b: number) => [
      [`${name}园区主要经济指标完成情况（2025年1-6月）`],
      ['指标名称', '计量单位', '本期', '上年同期'],
      ['=SUM(A1)', '万元', a, a - 10],
      ['+86 电话', '个', b, null],
    ];
    await writeXlsx(input, { 甲镇: rows('甲镇', 100, 3), 乙镇: rows('乙镇', 50, 2) });
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIO = {
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: (s: string) => err.push(s) },
      isTTY: false,
    };
    const code = await runCli([input, '-o', output], io);
    expect({ code, err: err.join('') }).toEqual({ code: 0, err: '' });
    const workbook = new Workbook();
    await workbook.xlsx.readFile(output);
    const summary = workbook.getWorksheet('汇总');
    const cells: { value: unknown; numFmt: string }[] = [];
    summary?.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value)) {
          cells.push({ value: cell.value, numFmt: cell.numFmt });
        }
      }),
    );
    expect(cells).toEqual(
      expect.arrayContaining([
        { value: '=SUM(A1)', numFmt: '@' },
        { value: '+86 电话', numFmt: '@' },
      ]),
    );
    const total = summary?.getColumn(1).values.indexOf('=SUM(A1)') ?? -1;
    expect(total).toBeGreaterThan(0);
    expect(summary?.getRow(total).getCell(3).value).toBe(150);
  });
});
