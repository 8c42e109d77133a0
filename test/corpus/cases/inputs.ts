/**
 * Corpus cases of issue #12 for what reaches the run (§2, §3, §6): folders and subfolders,
 * .xlsm, old formats, files read twice, our own result among the inputs, bad command lines.
 */
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { runPipeline } from '../../../src/core/pipeline';
import { readWorkbook } from '../../../src/host/xlsx/read-workbook';
import { writeWorkbook } from '../../../src/host/xlsx/write-workbook';
import { xlsx as book } from '../build';
import type { CorpusBytes, CorpusCase } from '../case';

type Row = readonly (string | number | null)[];

/** A township's statistics sheet: 工业总产值 and 销售收入 (本期, 上年同期), 入园企业数. */
function townshipRows(name: string, output: number, sales: number, firms: number): Row[] {
  return [
    [`${name}园区主要经济指标完成情况（2025年1-6月）`],
    [`填报单位：${name}`],
    ['指标名称', '计量单位', '本期', '上年同期'],
    ['工业总产值', '万元', output, output - 10],
    ['销售收入', '万元', sales, sales - 10],
    ['入园企业数', '家', firms, null],
  ];
}

/** The bytes made once, so that a copy is byte-identical (exceljs stamps the time). */
function once(make: () => Promise<Uint8Array>): () => Promise<Uint8Array> {
  let made: Promise<Uint8Array> | undefined;
  return () => (made ??= make());
}

const JIA = { output: 1000, sales: 800, firms: 10 };
const YI = { output: 2000, sales: 1500, firms: 20 };
const BING = { output: 4000, sales: 3000, firms: 40 };

const jia = once(book({ 甲镇: townshipRows('甲镇', JIA.output, JIA.sales, JIA.firms) }));
const yi = once(book({ 乙镇: townshipRows('乙镇', YI.output, YI.sales, YI.firms) }));
const bing = once(book({ 丙乡: townshipRows('丙乡', BING.output, BING.sales, BING.firms) }));
/** 甲镇's corrected report: 工业总产值 1200 instead of 1000. */
const jiaRevised = once(book({ 甲镇: townshipRows('甲镇', 1200, JIA.sales, JIA.firms) }));

/** 甲镇's sheet saved as a macro-enabled workbook (.xlsm): only the content type differs. */
const jiaXlsm = once(async () => {
  const zip = await JSZip.loadAsync(await jia());
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (types === undefined) throw new Error('no [Content_Types].xml');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    ),
  );
  return zip.generateAsync({ type: 'uint8array' });
});

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Our result of 甲镇 + 乙镇 as the first run wrote it: the output sheets, marked with the
 * hashes of the two files (as `runOnFiles` marks it).
 */
const jiaYiResult = once(async () => {
  const [a, b] = [await jia(), await yi()];
  const grids = [await readWorkbook(a, '甲镇.xlsx'), await readWorkbook(b, '乙镇.xlsx')];
  const result = runPipeline(grids, { area: '全县' });
  return writeWorkbook(result.sheets, [], {
    marker: {
      area: result.words.area,
      period: result.words.period,
      sources: [sha256(a), sha256(b)],
    },
  });
});

const TOTAL_JIA_YI = {
  工业总产值: JIA.output + YI.output,
  销售收入: JIA.sales + YI.sales,
  入园企业数: JIA.firms + YI.firms,
};
const TOTAL_JIA_BING = {
  工业总产值: JIA.output + BING.output,
  销售收入: JIA.sales + BING.sales,
  入园企业数: JIA.firms + BING.firms,
};
const TOTAL_ALL = {
  工业总产值: JIA.output + YI.output + BING.output,
  销售收入: JIA.sales + YI.sales + BING.sales,
  入园企业数: JIA.firms + YI.firms + BING.firms,
};

const TWO: Readonly<Record<string, CorpusBytes>> = { '乡镇/甲镇.xlsx': jia, '乡镇/乙镇.xlsx': yi };
const OUT = ['-o', '{dir}/汇总结果.xlsx'];

export const cases: readonly CorpusCase[] = [
  // ---- §2 every workbook read once
  {
    name: 'inputs/same-path-twice',
    files: TWO,
    args: ['{dir}/乡镇/甲镇.xlsx', '{dir}/乡镇/甲镇.xlsx', '{dir}/乡镇/乙镇.xlsx', ...OUT],
    expect: {
      exit: 0,
      townships: ['甲镇', '乙镇'],
      totals: TOTAL_JIA_YI,
      findings: [
        { level: 'info', code: 'read.same-path', rule: 'input.notice', file: '甲镇.xlsx' },
      ],
      terminal: ['共 2 个乡镇', '读取 3 个文件，跳过 1 个'],
    },
  },
  {
    name: 'inputs/two-spellings-of-one-path',
    files: TWO,
    args: [
      '{dir}/乡镇/甲镇.xlsx',
      '{dir}/乡镇/../乡镇/./甲镇.xlsx',
      '{dir}/乡镇/乙镇.xlsx',
      ...OUT,
    ],
    expect: {
      exit: 0,
      townships: ['甲镇', '乙镇'],
      totals: TOTAL_JIA_YI,
      findings: [{ level: 'info', code: 'read.same-file', text: '是同一个文件，只读取一次' }],
    },
  },
  {
    name: 'inputs/folder-plus-a-file-in-it',
    files: TWO,
    args: ['{dir}/乡镇', '{dir}/乡镇/乙镇.xlsx', ...OUT],
    expect: {
      exit: 0,
      townships: ['甲镇', '乙镇'],
      totals: TOTAL_JIA_YI,
      findings: [{ level: 'info', code: 'read.same-path', file: '乙镇.xlsx', text: '只读取一次' }],
    },
  },
  {
    name: 'inputs/same-content-under-two-names',
    // 乙镇.xlsx is a copy of 甲镇.xlsx: counted once, and 乙镇's figures are surely missing.
    files: { '乡镇/甲镇.xlsx': jia, '乡镇/乙镇.xlsx': jia, '乡镇/丙乡.xlsx': bing },
    args: ['{dir}/乡镇', ...OUT, '--strict'],
    expect: {
      exit: 2,
      townships: ['丙乡', '甲镇'],
      totals: TOTAL_JIA_BING,
      findings: [
        {
          level: 'error',
          code: 'read.same-content',
          rule: 'input.notice',
          file: '乙镇.xlsx',
          text: '内容完全相同',
        },
      ],
      terminal: ['[错误] 乙镇.xlsx'],
    },
  },

  // ---- §3 folders
  {
    name: 'inputs/subfolders-searched',
    files: { '乡镇/一组/甲镇.xlsx': jia, '乡镇/二组/乙镇.xlsx': yi, '乡镇/丙乡.xlsx': bing },
    args: ['{dir}/乡镇', ...OUT],
    expect: {
      exit: 0,
      townships: ['丙乡', '乙镇', '甲镇'],
      totals: TOTAL_ALL,
      findings: [{ level: 'info', code: 'read.subfolders', text: '另有 2 个工作簿，已一并汇总' }],
    },
  },
  {
    name: 'inputs/xlsm-in-a-folder',
    files: { '乡镇/甲镇.xlsm': jiaXlsm, '乡镇/乙镇.xlsx': yi },
    args: ['{dir}/乡镇', ...OUT],
    expect: { exit: 0, townships: ['甲镇', '乙镇'], totals: TOTAL_JIA_YI },
  },
  {
    name: 'inputs/xlsm-named',
    files: { '甲镇.xlsm': jiaXlsm },
    args: ['{dir}/甲镇.xlsm', ...OUT],
    expect: {
      exit: 0,
      townships: ['甲镇'],
      totals: { 工业总产值: JIA.output, 销售收入: JIA.sales, 入园企业数: JIA.firms },
    },
  },
  {
    name: 'inputs/old-formats-in-a-folder-strict',
    files: {
      ...TWO,
      '乡镇/丙乡.xls': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      '乡镇/丁乡.et': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      '乡镇/戊乡.csv': '指标名称,本期\n工业总产值,500\n',
    },
    args: ['{dir}/乡镇', ...OUT, '--strict'],
    expect: {
      exit: 2,
      townships: ['甲镇', '乙镇'],
      totals: TOTAL_JIA_YI,
      findings: [
        {
          level: 'error',
          code: 'read.format-xls',
          file: '丙乡.xls',
          text: '是旧版 Excel 格式，请另存为 .xlsx 后重新汇总',
        },
        { level: 'error', code: 'read.format-et', file: '丁乡.et', text: 'WPS 表格' },
        { level: 'error', code: 'read.format-csv', file: '戊乡.csv', text: '另存为 .xlsx' },
      ],
      terminal: ['读取 5 个文件，跳过 3 个', '[错误] 丙乡.xls'],
    },
  },
  {
    name: 'inputs/old-format-in-a-folder-not-strict',
    files: { ...TWO, '乡镇/丙乡.xls': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]) },
    args: ['{dir}/乡镇', ...OUT],
    expect: {
      exit: 0,
      townships: ['甲镇', '乙镇'],
      totals: TOTAL_JIA_YI,
      findings: [{ level: 'error', code: 'read.format-xls', rule: 'input.notice' }],
      terminal: ['读取 3 个文件，跳过 1 个', '审核结果：错误 1 条'],
    },
  },
  {
    name: 'inputs/only-old-formats-in-a-folder',
    files: {
      '乡镇/丙乡.xls': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]),
      '乡镇/丁乡.csv': '指标名称,本期\n',
    },
    args: ['{dir}/乡镇', ...OUT],
    expect: {
      exit: 1,
      message: '中没有 .xlsx 工作簿，只有 丙乡.xls、丁乡.csv，请另存为 .xlsx 后重新汇总',
    },
  },
  {
    name: 'inputs/old-format-named',
    files: { '甲镇.xlsx': jia, '丙乡.csv': '指标名称,本期\n' },
    args: ['{dir}/甲镇.xlsx', '{dir}/丙乡.csv', ...OUT],
    expect: {
      exit: 1,
      message: '丙乡.csv 是 CSV 文本文件，请在 Excel 或 WPS 中另存为 .xlsx 后重新汇总',
    },
  },
  {
    name: 'inputs/lock-and-hidden-files-ignored',
    files: {
      ...TWO,
      '乡镇/~$甲镇.xlsx': 'owner\u0000lock',
      '乡镇/.~乙镇.xlsx': 'lock',
      '乡镇/.DS_Store': 'x',
    },
    args: ['{dir}/乡镇', ...OUT, '--strict'],
    expect: {
      exit: 0,
      townships: ['甲镇', '乙镇'],
      totals: TOTAL_JIA_YI,
      absent: [
        { level: 'error', file: '~$甲镇.xlsx' },
        { level: 'info', file: '~$甲镇.xlsx' },
      ],
    },
  },
  {
    name: 'inputs/no-township-says-why',
    files: { '说明.xlsx': book({ 说明: [['本表只有说明'], ['没有表头']] }) },
    args: ['{dir}/说明.xlsx', ...OUT],
    expect: { exit: 1, message: '跳过了 1 个工作表，如：工作表“说明”没有找到表头' },
  },

  // ---- §2/§5 our own result among the inputs. Holds once the host helper's marker
  // (writeWorkbook/readWorkbook of WorkbookGrids.result) is merged.
  {
    name: 'inputs/result-inside-the-input-folder',
    // The second run of `park-stats 乡镇 -o 乡镇/汇总结果.xlsx`: the same totals as the first.
    files: { ...TWO, '乡镇/汇总结果.xlsx': jiaYiResult },
    args: ['{dir}/乡镇', '-o', '{dir}/第二次.xlsx'],
    expect: {
      exit: 0,
      townships: ['甲镇', '乙镇'],
      totals: TOTAL_JIA_YI,
      findings: [{ level: 'info', code: 'read.result-skipped', file: '汇总结果.xlsx' }],
    },
  },
  {
    name: 'inputs/result-named-beside-its-townships',
    files: { ...TWO, '汇总结果.xlsx': jiaYiResult },
    args: [
      '{dir}/乡镇/甲镇.xlsx',
      '{dir}/乡镇/乙镇.xlsx',
      '{dir}/汇总结果.xlsx',
      ...['-o', '{dir}/新.xlsx'],
    ],
    expect: {
      exit: 0,
      townships: ['甲镇', '乙镇'],
      totals: TOTAL_JIA_YI,
      findings: [{ level: 'verify', code: 'read.result-overlap', text: '为免重复计算' }],
    },
  },

  // ---- §2 two files for one township. Holds once the township-identity helper's policy
  // (the revised file is used, one 错误 naming both) is merged.
  {
    name: 'inputs/township-and-its-revised-file',
    files: { '乡镇/甲镇.xlsx': jia, '乡镇/甲镇（修改后）.xlsx': jiaRevised, '乡镇/乙镇.xlsx': yi },
    args: ['{dir}/乡镇', ...OUT],
    expect: {
      exit: 0,
      townships: ['甲镇', '乙镇'],
      totals: { 工业总产值: 1200 + YI.output, 销售收入: JIA.sales + YI.sales },
      findings: [{ level: 'error', text: '甲镇（修改后）.xlsx' }],
    },
  },

  // ---- §6 bad command lines
  {
    name: 'inputs/output-is-a-folder',
    files: { '甲镇.xlsx': jia, '结果/说明.txt': '结果放这里' },
    args: ['{dir}/甲镇.xlsx', '-o', '{dir}/结果'],
    expect: { exit: 1, message: '是一个已有的文件夹，请写出文件名' },
  },
  {
    name: 'inputs/output-parent-is-a-file',
    files: { '甲镇.xlsx': jia, 结果: 'a file, not a folder' },
    args: ['{dir}/甲镇.xlsx', '-o', '{dir}/结果/汇总结果.xlsx'],
    expect: { exit: 1, message: '是一个文件，不是文件夹' },
  },
  {
    name: 'inputs/output-xls-extension',
    files: { '甲镇.xlsx': jia },
    args: ['{dir}/甲镇.xlsx', '-o', '{dir}/汇总结果.xls'],
    expect: { exit: 1, message: '的扩展名应为 .xlsx' },
  },
  {
    name: 'inputs/output-xlsm-extension',
    files: { '甲镇.xlsx': jia },
    args: ['{dir}/甲镇.xlsx', '-o', '{dir}/汇总结果.xlsm'],
    expect: { exit: 1, message: '的扩展名应为 .xlsx' },
  },
  {
    name: 'inputs/input-starting-with-a-dash',
    files: { '-甲镇.xlsx': jia },
    args: ['-甲镇.xlsx', ...OUT],
    expect: {
      exit: 1,
      message:
        '“-甲镇.xlsx”以“-”开头，会被当作选项；如果是文件名，请写成 ./-甲镇.xlsx，或在文件名前加 --',
    },
  },
  {
    name: 'inputs/input-starting-with-a-dash-after-double-dash',
    files: { '-甲镇.xlsx': jia, '乙镇.xlsx': yi },
    // --json before `--`: everything after it is a file name (the runner adds no second one).
    args: ['--json', '--', '{dir}/-甲镇.xlsx', '{dir}/乙镇.xlsx'],
    expect: { exit: 0, townships: ['甲镇', '乙镇'], totals: TOTAL_JIA_YI },
  },
  {
    name: 'inputs/unknown-option',
    files: { '甲镇.xlsx': jia },
    args: ['{dir}/甲镇.xlsx', ...OUT, '--bogus'],
    expect: { exit: 1, message: '不认识的选项“--bogus”，可用 --help 查看全部选项' },
  },
  {
    name: 'inputs/misspelt-option',
    files: { '甲镇.xlsx': jia },
    args: ['{dir}/甲镇.xlsx', ...OUT, '--strik'],
    expect: { exit: 1, message: '不认识的选项“--strik”，是不是要写 --strict？' },
  },
  {
    name: 'inputs/option-without-its-value',
    files: { '甲镇.xlsx': jia },
    args: ['{dir}/甲镇.xlsx', '-o'],
    expect: { exit: 1, message: '选项 -o, --output 后面缺少值' },
  },
];
