import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { runCli } from '../../src/cli/run-cli';
import { findCjkFont } from '../../src/host/charts/cjk-font';
import { captureIO } from '../helpers/capture-io';
import { makeTempDir } from '../host/xlsx-files';

const EXAMPLE = join(__dirname, '../../examples/县域示例-无差错.xlsx');
const hasFont = findCjkFont() !== null;
if (!hasFont)
  console.log('CLI charts: picture tests skipped, no CJK font installed (see docs/charts.md)');

async function readBack(path: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe('the command line’s 图表 sheet', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  (hasFont ? it : it.skip)('holds the three chart pictures after the other sheets', async () => {
    const output = join(temp.dir, '图表.xlsx');
    const { io, err } = captureIO();
    expect(await runCli([EXAMPLE, '-o', output], io)).toBe(0);
    expect(err()).toBe('');
    const workbook = await readBack(output);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '汇总',
      '分乡镇',
      '审核',
      '综述',
      '图表',
    ]);
    const images = workbook.getWorksheet('图表')!.getImages();
    expect(images).toHaveLength(3);
    // Each picture is a PNG in the package, shown one under the other.
    const media = images.map((image) => workbook.getImage(Number(image.imageId)));
    for (const item of media) {
      expect(item.extension).toBe('png');
      expect([...(item.buffer as unknown as Uint8Array).subarray(1, 4)]).toEqual([
        0x50, 0x4e, 0x47,
      ]);
    }
    const rows = images.map((image) => image.range.tl.nativeRow);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(new Set(rows).size).toBe(3);
  });

  (hasFont ? it : it.skip)('takes --chart-top and writes the note of who is left out', async () => {
    const output = join(temp.dir, '前三.xlsx');
    const { io } = captureIO();
    expect(
      await runCli([EXAMPLE, '-o', output, '--chart-top', '3', '--chart-sort', 'ascending'], io),
    ).toBe(0);
    const sheet = (await readBack(output)).getWorksheet('图表')!;
    expect(sheet.getCell('A1').value).toBe('各乡镇工业总产值：另有 4 个乡镇未列出（只列前 3 个）');
    expect(sheet.getCell('A3').value).toBe(
      '各乡镇工业总产值目标完成情况：另有 4 个乡镇未列出（只列前 3 个）',
    );
    expect(sheet.getImages()).toHaveLength(3);
  });

  it('writes no 图表 sheet with --no-charts', async () => {
    const output = join(temp.dir, '无图.xlsx');
    const { io } = captureIO();
    expect(await runCli([EXAMPLE, '-o', output, '--no-charts'], io)).toBe(0);
    expect((await readBack(output)).worksheets.map((w) => w.name)).toEqual([
      '汇总',
      '分乡镇',
      '审核',
      '综述',
    ]);
  });

  it('says why there is no 图表 sheet: an unknown --chart-indicator', async () => {
    const output = join(temp.dir, '未知指标.xlsx');
    const { io, err } = captureIO();
    expect(await runCli([EXAMPLE, '-o', output, '--chart-indicator', '财政收入'], io)).toBe(0);
    expect(err()).toBe('提示：没有找到图表指标“财政收入”，未作图\n');
    expect((await readBack(output)).getWorksheet('图表')).toBeUndefined();
  });

  it('rejects a bad --chart-top or --chart-sort in one Chinese line', async () => {
    const output = join(temp.dir, '错.xlsx');
    for (const [flag, value, text] of [
      ['--chart-top', '1', '--chart-top 应为 2 到 50 之间的整数，而不是“1”'],
      ['--chart-top', '十', '--chart-top 应为 2 到 50 之间的整数，而不是“十”'],
      ['--chart-sort', 'big', '--chart-sort 只能是 descending、ascending 或 input，而不是“big”'],
    ] as const) {
      const { io, err } = captureIO();
      expect(await runCli([EXAMPLE, '-o', output, flag, value], io)).toBe(1);
      expect(err()).toBe(`${text}\n`);
    }
  });
});
