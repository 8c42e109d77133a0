import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommanderError } from 'commander';
import { Workbook } from 'exceljs';
import * as pipeline from '../../src/core/pipeline';
import { commanderMessage, runCli } from '../../src/cli/run-cli';
import { captureIO } from '../helpers/capture-io';
import { makeTempDir, sha256, townshipRows, writeXlsx } from '../host/xlsx-files';

const capture = captureIO;

// The two townships every workbook of these tests is made of.
const EAST = townshipRows('东城镇', {
  output: [185000, 176000],
  sales: [135000, 128600],
  firms: 53,
});
const WEST = townshipRows('西城镇', { output: [115000, 104000], sales: [90000, 80000], firms: 20 });

describe('runCli', () => {
  const temp = makeTempDir();
  const dir = temp.dir;
  const folder = join(dir, '乡镇报表');
  const single = join(dir, '县域.xlsx');
  const east = join(folder, '东城镇.xlsx');
  const west = join(folder, '西城镇.xlsx');
  const text = join(dir, '说明.txt');
  const xls = join(dir, '旧格式.xls');
  const corrupt = join(dir, '损坏.xlsx');
  const noStats = join(dir, '无统计表.xlsx');
  let sources: string[] = [];
  let hashes: Map<string, string>;

  beforeAll(async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    await writeXlsx(east, {
      东城镇: EAST,
    });
    await writeXlsx(west, {
      西城镇: WEST,
    });
    await writeXlsx(single, {
      东城镇: EAST,
      西城镇: WEST,
    });
    await writeXlsx(noStats, { 说明: [['本工作簿只有说明文字'], ['没有统计表']] });
    writeFileSync(text, '指标名称\t本期\n');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    writeFileSync(
      corrupt,
      Buffer.concat([Buffer.from('PK'), Buffer.from('garbage, not a zip at all')]),
    );
    sources = [east, west, single, noStats, text, xls, corrupt];
    hashes = new Map(sources.map((p) => [p, sha256(p)]));
  });
  afterAll(() => {
    // Every run, failed ones included, left every source byte-identical.
    for (const path of sources) expect(sha256(path)).toBe(hashes.get(path));
    temp.cleanup();
  });

  it('consolidates a folder, writes 汇总 and 分乡镇, prints a summary and exits 0', async () => {
    const output = join(dir, 'out', '汇总结果.xlsx');
    const { io, out, err } = capture();
    const code = await runCli([folder, '-o', output, '--area', '全县', '--period', '上半年'], io);
    expect(err()).toBe('');
    expect(code).toBe(0);
    expect(out()).toContain('共 2 个乡镇、3 项指标');
    expect(out()).toContain('审核通过：未发现错误和需核实的问题');
    // 300000 / 280000 − 1 = 7.14…% ; 225000 / 208600 − 1 = 7.86…%
    expect(out()).toContain(
      '综述：\n上半年，全县实现工业总产值30亿元，同比增长7.1%；销售收入22.5亿元，同比增长7.9%。目前，入园企业73家。',
    );
    expect(out()).toContain(`已写出：${output}`);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(output);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '汇总',
      '分乡镇',
      '审核',
      '综述',
      '图表',
    ]);
    const summary = workbook.getWorksheet('汇总');
    expect(summary?.getCell('A1').value).toBe('全县主要经济指标完成情况（上半年）');
    expect(summary?.getCell('A3').value).toBe('一、工业总产值');
    expect(summary?.getCell('C3').value).toBe(300000);
    expect(summary?.getCell('D3').value).toBe(280000);
    expect(summary?.getCell('E3').value).toBe(7.1);
  });

  it('words ranks and shares with --unit-word: 占全园区的, 居各园区首位', async () => {
    const { io, out, err } = capture();
    const code = await runCli([single, '--json', '--area', '园区', '--unit-word', '园区'], io);
    expect(err()).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out()) as { narrative: { township?: string; text: string }[] };
    const east = report.narrative.find((p) => p.township === '东城镇')?.text ?? '';
    // 185000 / 300000 = 61.7%
    expect(east).toContain('占全园区的61.7%，居各园区首位');
    expect(east).not.toContain('乡镇');
  });

  it('prints { townships, totals, findings, narrative } with --json', async () => {
    const { io, out, err } = capture();
    const code = await runCli([single, '--json'], io);
    expect(err()).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out()) as {
      townships: string[];
      totals: {
        label: string;
        current: number;
        townships: { sources: Record<string, unknown> }[];
      }[];
      findings: unknown[];
      narrative: { text: string; figures: { text: string; sources: unknown[] }[] }[];
    };
    expect(report.townships).toEqual(['东城镇', '西城镇']);
    expect(report.totals[0]).toMatchObject({
      label: '一、工业总产值',
      current: 300000,
      previous: 280000,
      unit: '万元',
    });
    expect(report.totals[0]?.townships[0]?.sources['current']).toMatchObject({
      sheet: '东城镇',
      cell: 'C3',
    });
    expect(report.findings).toEqual([]);
    // Every figure of the narrative names the cells it came from.
    const first = report.narrative[0];
    expect(first?.text).toMatch(/^1-6月，全县实现工业总产值30亿元/);
    expect(first?.figures[0]).toMatchObject({
      text: '30亿元',
      sources: [
        { file: '县域.xlsx', sheet: '东城镇', cell: 'C3' },
        { file: '县域.xlsx', sheet: '西城镇', cell: 'C3' },
      ],
    });
  });

  it('exits 2 with --strict when there are error-level findings, 0 without --strict', async () => {
    // The reported 合计 says 301000 where 东城镇 + 西城镇 = 185000 + 115000 = 300000.
    const withTotal = join(dir, '含合计.xlsx');
    await writeXlsx(withTotal, {
      东城镇: EAST,
      西城镇: WEST,
      合计: townshipRows('合计', { output: [301000, 280000], sales: [225000, 208600], firms: 73 }),
    });
    const output = join(dir, 'strict.xlsx');
    const strict = capture();
    expect(await runCli([withTotal, '-o', output, '--strict'], strict.io)).toBe(2);
    expect(strict.out()).toContain('审核结果：错误 1 条');
    expect(strict.out()).toContain('[错误] 含合计.xlsx 合计!C3');
    const lenient = capture();
    expect(await runCli([withTotal, '-o', output], lenient.io)).toBe(0);
    const clean = capture();
    expect(await runCli([single, '-o', join(dir, 'clean.xlsx'), '--strict'], clean.io)).toBe(0);
  });

  it('takes --templates as text, as the task pane editor shows them', async () => {
    const templates = join(dir, '模板.txt');
    writeFileSync(
      templates,
      '\uFEFF## 一句话\n{时期}，{主体}产值{工业总产值}。\n\n# 第二句\n{主体}销售{销售收入}。\n',
    );
    const run = capture();
    expect(
      await runCli([single, '--json', '--templates', templates, '--period', '上半年'], run.io),
    ).toBe(0);
    const report = JSON.parse(run.out()) as { narrative: { text: string }[] };
    expect(report.narrative.map((p) => p.text)).toEqual([
      '上半年，全县产值30亿元。',
      '全县销售22.5亿元。',
    ]);
    // The heading written with one # is used, and said once on stderr.
    expect(run.err().trim().split('\n')).toEqual([
      expect.stringMatching(
        /^提示：模板文件“.*模板\.txt”中，综述模板第4行：“# 第二句”像是模板标题/,
      ),
    ]);

    const empty = join(dir, '空模板.txt');
    writeFileSync(empty, '\n  \n');
    const none = capture();
    expect(await runCli([single, '--json', '--templates', empty], none.io)).toBe(1);
    expect(none.out()).toBe('');
    expect(none.err()).toMatch(/^模板文件“.*空模板\.txt”无法使用：文件中没有任何模板\n$/);
  });

  it('takes --templates and --locale', async () => {
    const templates = join(dir, '模板.json');
    writeFileSync(
      templates,
      JSON.stringify({
        templates: [{ name: '一句话', kind: 'main', source: '{时期}，{主体}产值{工业总产值}。' }],
      }),
    );
    const zh = capture();
    expect(
      await runCli([single, '--json', '--templates', templates, '--period', '上半年'], zh.io),
    ).toBe(0);
    const report = JSON.parse(zh.out()) as { narrative: { text: string }[] };
    expect(report.narrative.map((p) => p.text)).toEqual(['上半年，全县产值30亿元。']);
    const tw = capture();
    expect(await runCli([single, '--json', '--locale', 'zh-TW', '--period', '上半年'], tw.io)).toBe(
      0,
    );
    expect((JSON.parse(tw.out()) as { narrative: { text: string }[] }).narrative[0]?.text).toMatch(
      /^上半年，全縣實現工業總產值30億元/,
    );
  });

  it.each([
    [
      'a template file with the wrong shape',
      ['--templates', 'BAD'],
      /^模板文件“.*”无法使用：格式应为/,
    ],
    ['an unknown locale', ['--locale', 'fr'], /^不支持的语言“fr”/],
  ])('prints one Chinese line and exits 1 for %s', async (_what, extra, pattern) => {
    const bad = join(dir, 'bad-templates.json');
    writeFileSync(bad, '{"templates": 3}');
    const { io, out, err } = capture();
    const args = extra.map((a) => (a === 'BAD' ? bad : a));
    expect(await runCli([single, '-o', join(dir, 'never.xlsx'), ...args], io)).toBe(1);
    expect(out()).toBe('');
    expect(err()).toMatch(pattern);
    expect(err().trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'never.xlsx'))).toBe(false);
  });

  it.each([
    ['a missing file', () => [join(dir, '不存在.xlsx')], /^找不到文件：.*不存在\.xlsx$/],
    ['a .txt file', () => [text], /^文件“.*说明\.txt”不是 \.xlsx 工作簿/],
    // Named explicitly, an old-format file stops the run (#12): it was meant to count.
    ['an .xls file', () => [xls], /^.*旧格式\.xls 是旧版 Excel 格式，请另存为 \.xlsx 后重新汇总$/],
    ['a corrupt zip', () => [corrupt], /^文件“.*损坏\.xlsx”已损坏/],
    [
      'a workbook without statistics sheet',
      () => [noStats],
      // #12: says why the sheets were skipped.
      /^文件“无统计表\.xlsx”中没有可汇总的统计表：跳过了 1 个工作表，如：工作表“说明”没有找到表头/,
    ],
    [
      'an output that is an input',
      () => [east, '-o', east],
      /^结果文件“.*东城镇\.xlsx”与输入文件相同/,
    ],
  ])('prints one Chinese line and exits 1 for %s', async (_what, args, pattern) => {
    const argv = args();
    const withOutput = argv.includes('-o') ? argv : [...argv, '-o', join(dir, 'never.xlsx')];
    const { io, out, err } = capture();
    expect(await runCli(withOutput, io)).toBe(1);
    const lines = err().split('\n');
    expect(lines).toHaveLength(2); // one line and its newline
    expect(lines[0]).toMatch(pattern);
    expect(lines[1]).toBe('');
    expect(out()).toBe('');
    expect(existsSync(join(dir, 'never.xlsx'))).toBe(false);
  });

  it('asks for -o, or for inputs, in one Chinese line', async () => {
    const noOutput = capture();
    expect(await runCli([single], noOutput.io)).toBe(1);
    expect(noOutput.err()).toBe('请用 -o 指定结果文件，例如：-o 汇总结果.xlsx\n');
    const noInput = capture();
    expect(await runCli([], noInput.io)).toBe(1);
    expect(noInput.err()).toBe('请指定要汇总的工作簿或文件夹\n');
    const unknown = capture();
    expect(await runCli([single, '--bogus'], unknown.io)).toBe(1);
    // #12: in Chinese, naming the option; no English from commander.
    expect(unknown.err()).toBe('不认识的选项“--bogus”，可用 --help 查看全部选项\n');
  });

  it('passes --include-hidden to the parser', async () => {
    const spy = jest.spyOn(pipeline, 'runPipeline');
    try {
      expect(await runCli([single, '--json', '--include-hidden'], capture().io)).toBe(0);
      expect(spy.mock.calls[0]?.[1]?.parse).toEqual({ includeHidden: true });
      spy.mockClear();
      expect(await runCli([single, '--json'], capture().io)).toBe(0);
      expect(spy.mock.calls[0]?.[1]?.parse).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
  });

  it('reads a file whose name starts with "-" after --, and says how when it is taken for an option', async () => {
    const dashed = join(folder, '..', '-东城镇.xlsx');
    await writeXlsx(dashed, { 东城镇: EAST });
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const asOption = capture();
      expect(await runCli(['-东城镇.xlsx', '--json'], asOption.io)).toBe(1);
      expect(asOption.err()).toBe(
        '“-东城镇.xlsx”以“-”开头，会被当作选项；如果是文件名，请写成 ./-东城镇.xlsx，或在文件名前加 --（如：-o 汇总结果.xlsx -- -东城镇.xlsx）\n',
      );
      for (const argv of [
        ['--json', '--', '-东城镇.xlsx'],
        ['./-东城镇.xlsx', '--json'],
      ]) {
        const run = capture();
        expect(await runCli(argv, run.io)).toBe(0);
        expect((JSON.parse(run.out()) as { townships: string[] }).townships).toEqual(['东城镇']);
      }
    } finally {
      process.chdir(cwd);
    }
  });

  it.each([
    [
      'commander.unknownOption',
      "error: unknown option '-x'",
      '不认识的选项“-x”，可用 --help 查看全部选项',
    ],
    [
      'commander.unknownOption',
      "error: unknown option '--jsn'\n(Did you mean --json?)",
      '不认识的选项“--jsn”，是不是要写 --json？',
    ],
    [
      'commander.unknownOption',
      "error: unknown option '-1.xlsx'",
      expect.stringMatching(/^“-1\.xlsx”以“-”开头/),
    ],
    [
      'commander.optionMissingArgument',
      "error: option '--period <words>' argument missing",
      '选项 --period 后面缺少值',
    ],
    [
      'commander.missingArgument',
      "error: missing required argument 'inputs'",
      '请指定要汇总的工作簿或文件夹',
    ],
    [
      'commander.excessArguments',
      'error: too many arguments. Expected 0 arguments but got 1.',
      '命令行参数有误，可用 --help 查看用法',
    ],
    [
      'commander.invalidArgument',
      "error: option '--x <n>' argument 'y' is invalid.",
      '命令行参数有误，可用 --help 查看用法',
    ],
  ])('maps %s to one Chinese line', (code, message, expected) => {
    expect(commanderMessage(new CommanderError(1, code, message))).toEqual(expected);
  });

  it('draws a progress bar on a terminal when reading several files', async () => {
    const { io, err } = capture(true);
    expect(await runCli([folder, '-o', join(dir, 'tty.xlsx')], io)).toBe(0);
    expect(err()).toContain('\r读取中 [##########          ] 1/2 东城镇.xlsx');
    expect(err()).toContain('2/2 西城镇.xlsx');
    expect(err().endsWith('\r\x1b[K')).toBe(true);
    const quiet = capture(false);
    expect(await runCli([folder, '-o', join(dir, 'tty.xlsx')], quiet.io)).toBe(0);
    expect(quiet.err()).toBe('');
  });

  it('never leaves anything but its output next to the sources', () => {
    expect(readdirSync(folder).sort()).toEqual(['东城镇.xlsx', '西城镇.xlsx'].sort());
  });

  it('runs as a process: exit code 1 and one line on stderr', () => {
    const child = spawnSync(
      join('node_modules', '.bin', 'tsx'),
      ['src/cli/main.ts', join(dir, '不存在.xlsx'), '-o', join(dir, 'x.xlsx')],
      { encoding: 'utf8', timeout: 30000 },
    );
    expect(child.status).toBe(1);
    expect(child.stderr).toBe(`找不到文件：${join(dir, '不存在.xlsx')}\n`);
    expect(child.stdout).toBe('');
  });
});
