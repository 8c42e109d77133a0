/**
 * Corpus cases for behaviour that already holds and must keep holding: sheets and folders,
 * reported totals, units, headers, number text, error values, the command line's options.
 *
 * The three standard townships (STANDARD in ../build) add up, in 万元, to: 工业总产值
 * 185000 + 115000 + 60000 = 360000 (上年同期 330000, growth 9.1%), 规模以上工业产值
 * 120000 + 80000 + 30000 = 230000, 销售收入 135000 + 90000 + 40000 = 265000, 利润总额
 * 9000 + 5000 + 1500 = 15500, 工商税收 7500 + 4200 + 1300 = 13000, 入园企业数 53 + 20 + 12 = 85.
 */
import type { CorpusCase } from '../case';
import { STANDARD, townshipSheet, xlsx, type CorpusRows, type TownshipFigures } from '../build';

const ALL_TOTALS = {
  工业总产值: 360000,
  规模以上工业产值: 230000,
  销售收入: 265000,
  利润总额: 15500,
  工商税收: 13000,
  入园企业数: 85,
};
const THREE = ['甲镇', '乙镇', '丙乡'];

/** The three standard township sheets, with some figures changed. */
function threeSheets(
  changes: Partial<Record<'甲镇' | '乙镇' | '丙乡', TownshipFigures>> = {},
): Record<string, CorpusRows> {
  return {
    甲镇: townshipSheet('甲镇', { ...STANDARD.甲镇, ...changes.甲镇 }),
    乙镇: townshipSheet('乙镇', { ...STANDARD.乙镇, ...changes.乙镇 }),
    丙乡: townshipSheet('丙乡', { ...STANDARD.丙乡, ...changes.丙乡 }),
  };
}

/** A reported total sheet 合计 holding the given figures: header on row 1, 工业总产值 on 2. */
function totalSheet(figures: TownshipFigures): CorpusRows {
  return townshipSheet('全县', figures, { title: false, reporter: null });
}

/** The sums of the three standard townships, as a 合计 sheet reports them. */
const SUMS: TownshipFigures = {
  output: [360000, 330000],
  aboveScale: [230000, 213000],
  sales: [265000, 244600],
  profit: [15500, 14200],
  tax: [13000, 12242],
  firms: 85,
};

/** A sheet whose units are in the labels (no 计量单位 column). */
function unitInLabel(name: string, unit: string, output: number, firms: number): CorpusRows {
  return [
    [`${name}主要经济指标`],
    ['指标名称', '本期', '上年同期'],
    [`工业总产值（${unit}）`, output, null],
    ['入园企业数（家）', firms, null],
  ];
}

/** A sheet whose money unit is only in its 单位 line. */
function unitLine(name: string, unit: string, output: number): CorpusRows {
  return [
    [`${name}主要经济指标`],
    [`填报单位：${name}`, null, `单位：${unit}`],
    ['指标名称', '本期', '上年同期'],
    ['工业总产值', output, null],
  ];
}

/** A sheet with a two-row header (本期 over 绝对数 | 增长%). */
function twoRowHeader(output: [number, number, number], firms: number): CorpusRows {
  return [
    ['主要经济指标完成情况'],
    ['指标名称', '计量单位', '本期', null, '上年同期'],
    [null, null, '绝对数', '增长%', '绝对数'],
    ['工业总产值', '万元', output[0], output[2], output[1]],
    ['入园企业数', '家', firms, null, null],
  ];
}

/** A township's figures without 工商税收. */
function withoutTax(figures: TownshipFigures): TownshipFigures {
  return Object.fromEntries(Object.entries(figures).filter(([key]) => key !== 'tax'));
}

const OUT = ['-o', '{dir}/汇总结果.xlsx'];

export const cases: readonly CorpusCase[] = [
  {
    name: '一个工作簿多个乡镇表',
    files: { '县域.xlsx': xlsx(threeSheets()) },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: { exit: 0, townships: THREE, totals: ALL_TOTALS, terminal: ['共 3 个乡镇'] },
  },
  {
    name: '文件夹中每个乡镇一个工作簿',
    files: {
      '乡镇/甲镇.xlsx': xlsx({ 甲镇: townshipSheet('甲镇', STANDARD.甲镇) }),
      '乡镇/乙镇.xlsx': xlsx({ 乙镇: townshipSheet('乙镇', STANDARD.乙镇) }),
      '乡镇/丙乡.xlsx': xlsx({ 丙乡: townshipSheet('丙乡', STANDARD.丙乡) }),
    },
    args: ['{dir}/乡镇', ...OUT],
    expect: { exit: 0, totals: ALL_TOTALS, terminal: ['共 3 个乡镇'] },
  },
  {
    name: '工作表名为Sheet1时按填报单位命名',
    files: {
      '乡镇/报表1.xlsx': xlsx({ Sheet1: townshipSheet('甲镇', STANDARD.甲镇) }),
      '乡镇/报表2.xlsx': xlsx({ Sheet1: townshipSheet('乙镇', STANDARD.乙镇) }),
    },
    args: ['{dir}/乡镇', ...OUT],
    expect: {
      exit: 0,
      townships: ['甲镇', '乙镇'],
      totals: { 工业总产值: 300000, 入园企业数: 73 },
    },
  },
  {
    name: '工作表名为Sheet1且无填报单位时按文件名命名',
    files: {
      '乡镇/甲镇.xlsx': xlsx({
        Sheet1: townshipSheet('甲镇', STANDARD.甲镇, { title: false, reporter: null }),
      }),
      '乡镇/乙镇.xlsx': xlsx({
        Sheet1: townshipSheet('乙镇', STANDARD.乙镇, { title: false, reporter: null }),
      }),
    },
    args: ['{dir}/乡镇', ...OUT],
    expect: {
      exit: 0,
      // Townships in the collation order of their names (甲 jiǎ before 乙 yǐ).
      townships: ['甲镇', '乙镇'],
      totals: { 工业总产值: 300000, 入园企业数: 73 },
    },
  },
  {
    name: '合计表与各乡镇之和相符',
    files: { '县域.xlsx': xlsx({ ...threeSheets(), 合计: totalSheet(SUMS) }) },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    expect: {
      exit: 0,
      townships: THREE,
      totals: ALL_TOTALS,
      absent: [{ level: 'error' }, { level: 'verify' }],
      terminal: ['审核通过'],
    },
  },
  {
    name: '合计表与各乡镇之和不符',
    files: {
      '县域.xlsx': xlsx({
        ...threeSheets(),
        合计: totalSheet({ ...SUMS, output: [361000, 330000] }),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    expect: {
      exit: 2,
      townships: THREE,
      totals: ALL_TOTALS,
      findings: [
        {
          level: 'error',
          code: 'audit.total-mismatch',
          rule: 'inter.total-mismatch',
          sheet: '合计',
          cell: 'C2',
        },
      ],
      absent: [{ level: 'error', sheet: '合计', cell: 'C4' }],
    },
  },
  {
    name: '合计表的增速是各乡镇增速相加',
    files: {
      '县域.xlsx': xlsx({
        // Growth 185000/176000 → 5.1%, 115000/104000 → 10.6%, 60000/50000 → 20%.
        ...threeSheets({
          甲镇: { output: [185000, 176000, 5.1] },
          乙镇: { output: [115000, 104000, 10.6] },
          丙乡: { output: [60000, 50000, 20] },
        }),
        // 5.1 + 10.6 + 20 = 35.7; the right growth is 360000/330000 − 1 = 9.1%.
        合计: totalSheet({ ...SUMS, output: [360000, 330000, 35.7] }),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: {
      exit: 0,
      totals: ALL_TOTALS,
      findings: [
        {
          level: 'error',
          code: 'audit.total-growth-summed',
          sheet: '合计',
          cell: 'E2',
          text: '9.1',
        },
      ],
    },
  },
  {
    name: '其中项大于总项',
    files: { '县域.xlsx': xlsx(threeSheets({ 甲镇: { aboveScale: [190000, 110000] } })) },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: {
      exit: 0,
      // 190000 + 80000 + 30000: the figure is flagged, not dropped.
      totals: { ...ALL_TOTALS, 规模以上工业产值: 300000 },
      findings: [{ level: 'error', code: 'audit.child-exceeds-parent', sheet: '甲镇', cell: 'C5' }],
    },
  },
  {
    name: '一个乡镇用亿元其余用万元',
    files: {
      '县域.xlsx': xlsx({
        ...threeSheets(),
        乙镇: townshipSheet(
          '乙镇',
          {
            output: [11.5, 10.4],
            aboveScale: [8, 7.5],
            sales: [9, 8],
            profit: [0.5, 0.52],
            tax: [0.42, 0.4],
            firms: 20,
          },
          { unit: '亿元' },
        ),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: {
      exit: 0,
      townships: THREE,
      totals: ALL_TOTALS,
      findings: [{ level: 'info', code: 'audit.unit-mixed', sheet: '乙镇' }],
      absent: [{ level: 'error' }],
    },
  },
  {
    name: '单位写在指标名称中',
    files: {
      '县域.xlsx': xlsx({
        甲镇: unitInLabel('甲镇', '万元', 185000, 53),
        乙镇: unitInLabel('乙镇', '亿元', 11.5, 20),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT],
    // 185000万元 + 11.5亿元 (115000万元).
    expect: {
      exit: 0,
      townships: ['甲镇', '乙镇'],
      totals: { 工业总产值: 300000, 入园企业数: 73 },
    },
  },
  {
    name: '单位写在表头上方的单位行',
    files: {
      '县域.xlsx': xlsx({
        甲镇: unitLine('甲镇', '万元', 185000),
        乙镇: unitLine('乙镇', '亿元', 11.5),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: { exit: 0, townships: ['甲镇', '乙镇'], totals: { 工业总产值: 300000 } },
  },
  {
    name: '两行表头',
    files: {
      '县域.xlsx': xlsx({
        甲镇: twoRowHeader([185000, 176000, 5.1], 53),
        乙镇: twoRowHeader([115000, 104000, 10.6], 20),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    // The reported growth sits between 本期 and 上年同期: read as growth, it agrees (no error).
    expect: {
      exit: 0,
      townships: ['甲镇', '乙镇'],
      totals: { 工业总产值: 300000, 入园企业数: 73 },
    },
  },
  {
    name: '千分位数字文本',
    files: { '县域.xlsx': xlsx(threeSheets({ 甲镇: { output: ['185,000', '176,000'] } })) },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    expect: {
      exit: 0,
      // '185,000' is 185000, not 185 nor 0: the totals are the standard ones.
      totals: ALL_TOTALS,
      absent: [{ level: 'error', sheet: '甲镇' }],
    },
  },
  {
    name: '全角数字',
    files: {
      '县域.xlsx': xlsx(
        threeSheets({ 乙镇: { output: ['１１５０００', '１０４０００'], firms: '２０' } }),
      ),
    },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    expect: { exit: 0, totals: ALL_TOTALS },
  },
  {
    name: '增速写成百分号文本',
    files: {
      '县域.xlsx': xlsx(
        threeSheets({
          甲镇: { output: [185000, 176000, '5.1%'] },
          乙镇: { output: [115000, 104000, '10.6%'] },
        }),
      ),
    },
    // Read as 0.051 instead of 5.1 it would disagree with 本期/上年同期 (an error, exit 2).
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    expect: { exit: 0, totals: ALL_TOTALS, absent: [{ level: 'error' }] },
  },
  {
    name: '破折号表示无数据',
    files: {
      '县域.xlsx': xlsx(threeSheets({ 丙乡: { profit: ['—', '—'], tax: ['-', '/'] } })),
    },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    // 丙乡 has no 利润总额 and 工商税收: 9000 + 5000, 7500 + 4200.
    expect: {
      exit: 0,
      totals: { ...ALL_TOTALS, 利润总额: 14000, 工商税收: 11700 },
      absent: [{ level: 'error' }],
    },
  },
  {
    name: '数字单元格中的#DIV/0!',
    files: { '县域.xlsx': xlsx(threeSheets({ 乙镇: { output: [{ error: '#DIV/0!' }, 104000] } })) },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: {
      exit: 0,
      // 185000 + 60000: 乙镇's error value is not summed.
      totals: { ...ALL_TOTALS, 工业总产值: 245000 },
      findings: [{ level: 'error', sheet: '乙镇', cell: 'C4', text: '#DIV/0!' }],
    },
  },
  {
    name: '数字单元格中的#DIV/0!加--strict',
    files: { '县域.xlsx': xlsx(threeSheets({ 乙镇: { output: [{ error: '#DIV/0!' }, 104000] } })) },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    expect: {
      exit: 2,
      totals: { ...ALL_TOTALS, 工业总产值: 245000 },
      findings: [{ level: 'error', sheet: '乙镇', cell: 'C4' }],
    },
  },
  {
    name: '数字单元格中写未计',
    files: { '县域.xlsx': xlsx(threeSheets({ 丙乡: { profit: ['未计', 1000] } })) },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: {
      exit: 0,
      totals: { ...ALL_TOTALS, 利润总额: 14000 },
      findings: [{ level: 'error', sheet: '丙乡', cell: 'C7', text: '未计' }],
    },
  },
  {
    name: '数字单元格中写未计加--strict',
    files: { '县域.xlsx': xlsx(threeSheets({ 丙乡: { profit: ['未计', 1000] } })) },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    expect: { exit: 2, findings: [{ level: 'error', sheet: '丙乡', cell: 'C7' }] },
  },
  {
    name: '文件不存在',
    files: { '县域.xlsx': xlsx(threeSheets()) },
    args: ['{dir}/不存在.xlsx', ...OUT],
    expect: { exit: 1, message: '找不到文件' },
  },
  {
    name: '文本文件改名为xlsx',
    files: { '说明.xlsx': '指标名称\t本期\n工业总产值\t100\n' },
    args: ['{dir}/说明.xlsx', ...OUT],
    expect: { exit: 1, message: '说明.xlsx”不是 .xlsx 工作簿' },
  },
  {
    name: '没有参数',
    files: {},
    args: [],
    expect: { exit: 1, message: '请指定要汇总的工作簿或文件夹' },
  },
  {
    name: '结果文件与输入文件相同',
    files: { '县域.xlsx': xlsx(threeSheets()) },
    args: ['{dir}/县域.xlsx', '-o', '{dir}/县域.xlsx'],
    expect: { exit: 1, message: '与输入文件相同' },
  },
  {
    name: '没有-o也没有--json',
    files: { '县域.xlsx': xlsx(threeSheets()) },
    args: ['{dir}/县域.xlsx'],
    expect: { exit: 1, message: '请用 -o 指定结果文件' },
  },
  {
    name: '只用--json不写结果文件',
    files: { '县域.xlsx': xlsx(threeSheets()) },
    args: ['{dir}/县域.xlsx', '--json'],
    expect: {
      exit: 0,
      townships: THREE,
      totals: ALL_TOTALS,
      terminal: ['"townships"', '"工业总产值"'],
    },
  },
  {
    name: '--strict无错误时退出码为0',
    files: { '县域.xlsx': xlsx(threeSheets()) },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    expect: { exit: 0, totals: ALL_TOTALS, absent: [{ level: 'error' }] },
  },
  {
    name: '--period和--area写入综述',
    files: { '县域.xlsx': xlsx(threeSheets()) },
    args: ['{dir}/县域.xlsx', ...OUT, '--period', '上半年', '--area', '全县'],
    // 360000万元 = 36亿元; 360000 / 330000 − 1 = 9.09% → 9.1%.
    expect: { exit: 0, totals: ALL_TOTALS, terminal: ['上半年，全县', '36亿元', '9.1%'] },
  },
  {
    name: '没有表头的说明表被跳过',
    files: {
      '县域.xlsx': xlsx({
        说明: [['本表为填报说明'], ['请于每月5日前报送']],
        ...threeSheets(),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: {
      exit: 0,
      townships: THREE,
      totals: ALL_TOTALS,
      findings: [{ level: 'info', code: 'parse.no-header', sheet: '说明' }],
    },
  },
  {
    name: '一个乡镇缺少一项指标',
    files: {
      '县域.xlsx': xlsx({
        ...threeSheets(),
        丙乡: townshipSheet('丙乡', withoutTax(STANDARD.丙乡)),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: {
      exit: 0,
      totals: { ...ALL_TOTALS, 工商税收: 11700 },
      findings: [
        { level: 'verify', code: 'audit.missing-indicator', sheet: '丙乡', text: '工商税收' },
      ],
    },
  },
  {
    name: '同一表中指标重复',
    files: {
      '县域.xlsx': xlsx({
        ...threeSheets(),
        甲镇: [...townshipSheet('甲镇', STANDARD.甲镇), ['工商税收', '万元', 7500, 7042, null]],
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: {
      exit: 0,
      // The first 工商税收 (A8) is taken, the second (A10) flagged: 7500 + 4200 + 1300.
      totals: { 工商税收: 13000 },
      findings: [
        { level: 'verify', rule: 'completeness.duplicate-indicator', sheet: '甲镇', cell: 'A10' },
      ],
    },
  },
  {
    name: '空文件夹',
    files: { '乡镇/说明.txt': '本文件夹放各乡镇报表' },
    args: ['{dir}/乡镇', ...OUT],
    expect: { exit: 1, message: '中没有 .xlsx 或 .xlsm 工作簿' },
  },
  {
    name: '不支持的语言',
    files: { '县域.xlsx': xlsx(threeSheets()) },
    args: ['{dir}/县域.xlsx', ...OUT, '--locale', 'fr'],
    expect: { exit: 1, message: '不支持的语言“fr”' },
  },
  {
    name: '未知的命令行选项',
    files: { '县域.xlsx': xlsx(threeSheets()) },
    args: ['{dir}/县域.xlsx', ...OUT, '--fast'],
    expect: { exit: 1, message: '不认识的选项“--fast”' },
  },
  {
    name: '结果写到尚不存在的子文件夹',
    files: { '县域.xlsx': xlsx(threeSheets()) },
    args: ['{dir}/县域.xlsx', '-o', '{dir}/结果/2025上半年/汇总结果.xlsx'],
    expect: { exit: 0, totals: ALL_TOTALS, terminal: ['已写出'] },
  },
];
