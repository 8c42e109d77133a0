/**
 * Corpus cases of #12 about which units are read: hidden draft sheets, two reports of one
 * township, a township file named 汇总, our own result fed back (one unit named after its
 * area) and a township whose every value is blank.
 *
 * The standard townships (STANDARD in ../build) add up, in 万元: 工业总产值 甲镇 185000,
 * 乙镇 115000, 丙乡 60000 (all three 360000, 甲镇 + 乙镇 300000); 入园企业数 53, 20, 12.
 *
 * After merge: the hidden-sheet cases need the reader to set `SheetGrid.hidden` (host
 * helper) and `--include-hidden` (app helper); until then the parser's side is covered on
 * grids in src/core/parse/parse-workbooks.test.ts.
 */
import type { SheetGrid, WorkbookGrids } from '../../../src/core/grid';
import { runPipeline } from '../../../src/core/pipeline';
import { writeWorkbook } from '../../../src/host/xlsx';
import type { CorpusCase } from '../case';
import {
  STANDARD,
  townshipSheet,
  xlsx,
  type CorpusRows,
  type MakeBytes,
  type TownshipFigures,
} from '../build';

const OUT = ['-o', '{dir}/汇总结果.xlsx'];
type Standard = keyof typeof STANDARD;

/** One workbook per township: its sheet named `sheet`, signed by the township. */
function own(name: string, figures: TownshipFigures, sheet = name): MakeBytes {
  return xlsx({ [sheet]: townshipSheet(name, figures) });
}

/** The standard townships' sheets, by name. */
function standard(...names: Standard[]): Record<string, CorpusRows> {
  return Object.fromEntries(names.map((n) => [n, townshipSheet(n, STANDARD[n])]));
}

/** A township's sheet whose every value cell is blank (the template, sent back unfilled). */
function blankSheet(name: string): CorpusRows {
  return townshipSheet(name, {
    output: [null, null],
    aboveScale: [null, null],
    sales: [null, null],
    firms: null,
  });
}

/**
 * A county's result workbook, as the command line writes it: the pipeline run on the
 * standard townships' sheets with `area`, written with our marker.
 */
function countyResult(area: string, names: readonly Standard[], marked = true): MakeBytes {
  return async () => {
    const workbook: WorkbookGrids = {
      file: '乡镇.xlsx',
      sheets: names.map((n): SheetGrid => ({
        name: n,
        rows: townshipSheet(n, STANDARD[n]) as SheetGrid['rows'],
      })),
    };
    const result = runPipeline([workbook], { area });
    if (!marked) return writeWorkbook(result.sheets);
    return writeWorkbook(result.sheets, [], {
      marker: { area, period: result.words.period, sources: [] },
    });
  };
}

const REVISED_甲镇: TownshipFigures = { ...STANDARD.甲镇, output: [190000, 176000], firms: 54 };

export const cases: readonly CorpusCase[] = [
  // ---- hidden sheets (after merge: the reader sets SheetGrid.hidden)
  {
    name: '隐藏的旧稿工作表被跳过并提示',
    files: {
      '县域.xlsx': xlsx(
        { ...standard('甲镇', '乙镇'), 丙乡旧稿: townshipSheet('丙乡', STANDARD.丙乡) },
        { hidden: ['丙乡旧稿'] },
      ),
    },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: {
      exit: 0,
      findings: [{ level: 'info', code: 'parse.hidden-sheet', sheet: '丙乡旧稿', text: '隐藏' }],
      townships: ['甲镇', '乙镇'],
      totals: { 工业总产值: 300000, 入园企业数: 73 },
    },
  },
  {
    name: '深度隐藏的工作表被跳过并提示',
    files: {
      '县域.xlsx': xlsx(
        { ...standard('甲镇', '乙镇'), 丙乡: townshipSheet('丙乡', STANDARD.丙乡) },
        { veryHidden: ['丙乡'] },
      ),
    },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    expect: {
      exit: 0,
      findings: [
        { level: 'info', code: 'parse.very-hidden-sheet', sheet: '丙乡', text: '深度隐藏' },
      ],
      townships: ['甲镇', '乙镇'],
      totals: { 工业总产值: 300000 },
    },
  },
  {
    name: '使用--include-hidden时隐藏工作表参与汇总',
    files: {
      '县域.xlsx': xlsx(
        { ...standard('甲镇', '乙镇'), 丙乡: townshipSheet('丙乡', STANDARD.丙乡) },
        { hidden: ['丙乡'] },
      ),
    },
    args: ['{dir}/县域.xlsx', ...OUT, '--include-hidden'],
    expect: {
      exit: 0,
      absent: [{ level: 'info', code: 'parse.hidden-sheet' }],
      townships: ['甲镇', '乙镇', '丙乡'],
      totals: { 工业总产值: 360000 },
    },
  },
  {
    name: '乡镇工作簿中隐藏的旧稿不影响按填报单位命名',
    files: {
      '乡镇/甲镇.xlsx': xlsx(
        {
          旧稿: townshipSheet('甲镇', { ...STANDARD.甲镇, output: [1, 1] }),
          报表: townshipSheet('甲镇', STANDARD.甲镇),
        },
        { hidden: ['旧稿'] },
      ),
      '乡镇/乙镇.xlsx': own('乙镇', STANDARD.乙镇, 'Sheet1'),
    },
    args: ['{dir}/乡镇', ...OUT],
    expect: {
      exit: 0,
      findings: [{ level: 'info', code: 'parse.hidden-sheet', file: '甲镇.xlsx', sheet: '旧稿' }],
      townships: ['甲镇', '乙镇'],
      totals: { 工业总产值: 300000 },
    },
  },

  // ---- two reports of one township
  {
    name: '同一工作簿两个表的填报单位相同',
    files: {
      '县域.xlsx': xlsx({
        ...standard('甲镇', '乙镇'),
        Sheet3: townshipSheet('甲镇', REVISED_甲镇),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    expect: {
      exit: 2,
      findings: [
        {
          level: 'error',
          code: 'parse.township-twice',
          sheet: '甲镇',
          text: '甲镇有两份报表：县域.xlsx的工作表“甲镇” 和 县域.xlsx的工作表“Sheet3”',
        },
      ],
      townships: ['乙镇', '甲镇'],
      // The later sheet is used: 190000 + 115000, never both (490000).
      totals: { 工业总产值: 305000, 入园企业数: 74 },
    },
  },
  {
    name: '甲镇与甲镇修改后两个文件只计修改后的',
    files: {
      '乡镇/甲镇.xlsx': own('甲镇', STANDARD.甲镇, 'Sheet1'),
      '乡镇/甲镇（修改后）.xlsx': own('甲镇', REVISED_甲镇, 'Sheet1'),
      '乡镇/乙镇.xlsx': own('乙镇', STANDARD.乙镇, 'Sheet1'),
    },
    args: ['{dir}/乡镇', ...OUT, '--strict'],
    expect: {
      exit: 2,
      findings: [
        {
          level: 'error',
          code: 'parse.township-twice',
          file: '甲镇.xlsx',
          text: '汇总使用了 甲镇（修改后）.xlsx，甲镇.xlsx 未计入，请确认',
        },
      ],
      totals: { 工业总产值: 305000, 入园企业数: 74 },
    },
  },
  {
    name: '无填报单位时按文件名识别同一乡镇的更正版',
    files: {
      '乡镇/甲镇(更正).xlsx': xlsx({
        Sheet1: townshipSheet('甲镇', REVISED_甲镇, { reporter: null }),
      }),
      '乡镇/甲镇.xlsx': xlsx({ Sheet1: townshipSheet('甲镇', STANDARD.甲镇, { reporter: null }) }),
      '乡镇/乙镇.xlsx': xlsx({ Sheet1: townshipSheet('乙镇', STANDARD.乙镇, { reporter: null }) }),
    },
    args: ['{dir}/乡镇', ...OUT],
    expect: {
      exit: 0,
      findings: [
        {
          level: 'error',
          code: 'parse.township-twice',
          text: '汇总使用了 甲镇(更正).xlsx，甲镇.xlsx 未计入',
        },
      ],
      absent: [{ level: 'verify', text: '甲镇(更正)' }],
      totals: { 工业总产值: 305000 },
    },
  },
  {
    name: '同一乡镇三份报表只计一份',
    files: {
      '乡镇/甲镇.xlsx': own('甲镇', STANDARD.甲镇, 'Sheet1'),
      '乡镇/甲镇_新.xlsx': own('甲镇', { ...STANDARD.甲镇, output: [180000, 176000] }, 'Sheet1'),
      '乡镇/甲镇 v2.xlsx': own('甲镇', REVISED_甲镇, 'Sheet1'),
      '乡镇/乙镇.xlsx': own('乙镇', STANDARD.乙镇, 'Sheet1'),
    },
    args: [
      '{dir}/乡镇/甲镇.xlsx',
      '{dir}/乡镇/甲镇_新.xlsx',
      '{dir}/乡镇/甲镇 v2.xlsx',
      '{dir}/乡镇/乙镇.xlsx',
      ...OUT,
    ],
    expect: {
      exit: 0,
      findings: [
        {
          level: 'error',
          code: 'parse.township-several',
          text: '甲镇有3份报表',
        },
        { level: 'error', code: 'parse.township-several', text: '汇总使用了 甲镇 v2.xlsx' },
      ],
      townships: ['甲镇', '乙镇'],
      totals: { 工业总产值: 305000 },
    },
  },

  // ---- a township file named 汇总
  {
    name: '文件名含汇总但填报单位是乡镇时按乡镇汇总',
    files: {
      '乡镇/东城镇汇总.xlsx': own('东城镇', STANDARD.甲镇, '汇总'),
      '乡镇/西城镇.xlsx': own('西城镇', STANDARD.乙镇, 'Sheet1'),
    },
    args: ['{dir}/乡镇', ...OUT],
    expect: {
      exit: 0,
      findings: [{ level: 'info', code: 'parse.sheet-of-reporting-unit', file: '东城镇汇总.xlsx' }],
      absent: [{ level: 'info', code: 'parse.total-sheet' }],
      townships: ['东城镇', '西城镇'],
      totals: { 工业总产值: 300000, 入园企业数: 73 },
    },
  },
  {
    name: '只有一个东城镇汇总文件时也按乡镇汇总',
    files: { '东城镇汇总.xlsx': own('东城镇', STANDARD.甲镇, '汇总') },
    args: ['{dir}/东城镇汇总.xlsx', ...OUT],
    expect: {
      exit: 0,
      townships: ['东城镇'],
      totals: { 工业总产值: 185000 },
      terminal: ['共 1 个乡镇'],
    },
  },
  {
    name: '合计文件的填报单位是统计局时仍是上报合计',
    files: {
      '乡镇/甲镇.xlsx': own('甲镇', STANDARD.甲镇, 'Sheet1'),
      '乡镇/乙镇.xlsx': own('乙镇', STANDARD.乙镇, 'Sheet1'),
      '乡镇/合计.xlsx': xlsx({
        合计: townshipSheet('县统计局', {
          output: [300000, 280000],
          aboveScale: [200000, 185000],
          sales: [225000, 208600],
          profit: [14000, 13200],
          tax: [11700, 11042],
          firms: 73,
        }),
      }),
    },
    args: ['{dir}/乡镇', ...OUT, '--strict'],
    expect: {
      exit: 0,
      findings: [{ level: 'info', code: 'parse.total-sheet', file: '合计.xlsx' }],
      townships: ['甲镇', '乙镇'],
      totals: { 工业总产值: 300000 },
    },
  },

  // ---- our result as an input
  {
    name: '汇总结果再次输入时作为一个单位',
    files: { '上次/汇总结果.xlsx': countyResult('A县', ['甲镇', '乙镇', '丙乡']) },
    args: ['{dir}/上次/汇总结果.xlsx', ...OUT],
    expect: {
      exit: 0,
      findings: [{ level: 'info', code: 'parse.result-workbook', sheet: '汇总', text: 'A县' }],
      absent: [{ level: 'info', code: 'parse.total-sheet' }],
      townships: ['A县'],
      totals: { 工业总产值: 360000, 规模以上工业产值: 230000, 销售收入: 265000, 入园企业数: 85 },
      terminal: ['共 1 个乡镇'],
    },
  },
  {
    name: '两个县的汇总结果汇总为全市',
    files: {
      '各县/A县.xlsx': countyResult('A县', ['甲镇', '乙镇']),
      '各县/B县.xlsx': countyResult('B县', ['丙乡']),
    },
    args: ['{dir}/各县', ...OUT, '--area', '全市', '--strict'],
    expect: {
      exit: 0,
      townships: ['A县', 'B县'],
      totals: { 工业总产值: 360000, 规模以上工业产值: 230000, 利润总额: 15500, 入园企业数: 85 },
      terminal: ['共 2 个乡镇'],
    },
  },
  {
    name: '两个县的汇总结果标题都是全县时按文件名命名',
    files: {
      '各县/A县.xlsx': countyResult('全县', ['甲镇']),
      '各县/B县.xlsx': countyResult('全县', ['乙镇', '丙乡']),
    },
    args: ['{dir}/各县/A县.xlsx', '{dir}/各县/B县.xlsx', ...OUT],
    expect: {
      exit: 0,
      absent: [{ level: 'error', code: 'parse.township-twice' }],
      townships: ['A县', 'B县'],
      totals: { 工业总产值: 360000, 入园企业数: 85 },
    },
  },

  {
    name: '没有标记的汇总结果与乡镇报表一起给出时只作核对',
    files: {
      '县域.xlsx': xlsx(standard('甲镇', '乙镇')),
      '旧结果.xlsx': countyResult('A县', ['甲镇', '乙镇'], false),
    },
    args: ['{dir}/县域.xlsx', '{dir}/旧结果.xlsx', ...OUT],
    expect: {
      exit: 0,
      findings: [
        { level: 'verify', code: 'parse.result-as-total', file: '旧结果.xlsx', text: '不参与相加' },
      ],
      absent: [{ level: 'error', rule: 'inter.total-mismatch' }],
      townships: ['甲镇', '乙镇'],
      totals: { 工业总产值: 300000, 入园企业数: 73 },
    },
  },

  // ---- a blank township
  {
    name: '全部为空的乡镇表核实且不参与汇总',
    files: { '县域.xlsx': xlsx({ ...standard('甲镇', '乙镇'), 丙乡: blankSheet('丙乡') }) },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    expect: {
      exit: 0,
      findings: [
        {
          level: 'verify',
          code: 'parse.township-blank',
          sheet: '丙乡',
          text: '丙乡的报表没有任何数据（全部为空），未参与汇总，请核实是否漏报',
        },
      ],
      absent: [{ level: 'verify', text: '缺：丙乡' }],
      townships: ['甲镇', '乙镇'],
      totals: { 工业总产值: 300000, 入园企业数: 73 },
    },
  },
  {
    name: '文件夹中全部为空的乡镇文件核实',
    files: {
      '乡镇/甲镇.xlsx': own('甲镇', STANDARD.甲镇),
      '乡镇/乙镇.xlsx': own('乙镇', STANDARD.乙镇),
      '乡镇/丙乡.xlsx': xlsx({ Sheet1: blankSheet('丙乡') }),
    },
    args: ['{dir}/乡镇', ...OUT],
    expect: {
      exit: 0,
      findings: [
        { level: 'verify', code: 'parse.township-blank', file: '丙乡.xlsx', text: '丙乡的报表' },
      ],
      townships: ['甲镇', '乙镇'],
      totals: { 工业总产值: 300000 },
    },
  },
];
