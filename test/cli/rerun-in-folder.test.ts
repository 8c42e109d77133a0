import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli';
import { captureIO } from '../helpers/capture-io';
import { makeTempDir, sha256, townshipRows, writeXlsx } from '../host/xlsx-files';

async function run(args: string[]) {
  const c = captureIO();
  const code = await runCli(args, c.io);
  return { code, out: c.out(), err: c.err() };
}

describe('a second run with -o inside the input folder', () => {
  const temp = makeTempDir();
  const folder = join(temp.dir, '乡镇报表');
  const east = join(folder, '东城镇.xlsx');
  const west = join(folder, '西城镇.xlsx');
  const result = join(folder, '汇总结果.xlsx');

  beforeAll(async () => {
    mkdirSync(folder);
    const figures = {
      output: [185000, 176000] as [number, number],
      sales: [135000, 128600] as [number, number],
      firms: 53,
    };
    await writeXlsx(east, {
      东城镇: townshipRows('东城镇', { ...figures, output: [185000, 176000] }),
    });
    await writeXlsx(west, {
      西城镇: townshipRows('西城镇', {
        output: [115000, 104000],
        sales: [90000, 80000],
        firms: 20,
      }),
    });
  });
  afterAll(() => temp.cleanup());

  it('replaces our own earlier result, never reads it, and says so', async () => {
    const first = await run([folder, '-o', result, '--json']);
    expect(first.code).toBe(0);
    const sources = [sha256(east), sha256(west)];

    const second = await run([folder, '-o', result, '--json']);
    expect(second.err).toBe('');
    expect(second.code).toBe(0);
    const before = JSON.parse(first.out) as { townships: string[]; totals: unknown[] };
    const after = JSON.parse(second.out) as typeof before & {
      findings: { code: string; level: string }[];
    };
    expect(after.townships).toEqual(['东城镇', '西城镇']);
    expect(after.totals).toEqual(before.totals);
    expect(after.findings).toContainEqual(
      expect.objectContaining({ code: 'read.result-replaced', level: 'info' }),
    );
    expect([sha256(east), sha256(west)]).toEqual(sources);
  });

  it('never overwrites a workbook of the folder that is not our result', async () => {
    const own = join(folder, '我的汇总.xlsx');
    await writeXlsx(own, { 说明: [['这是我自己的表']] });
    const hash = sha256(own);
    const { code, err } = await run([folder, '-o', own]);
    expect(code).toBe(1);
    expect(err).toContain('与输入文件相同');
    expect(sha256(own)).toBe(hash);
  });

  it('never overwrites a file the user named as an input, even our result', async () => {
    const hash = sha256(result);
    const { code, err } = await run([east, result, '-o', result]);
    expect(code).toBe(1);
    expect(err).toContain('与输入文件相同');
    expect(sha256(result)).toBe(hash);
  });
});
