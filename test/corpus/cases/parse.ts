/**
 * Corpus cases for what the parser and the consolidation must say (issue 12 §3, §4, §6):
 * formulas without a result, numbers that are not finite (NaN/INF in the file, the text
 * 1e400, a sum or a unit conversion beyond the largest number), labels that are a number or
 * TRUE, TRUE in a number cell, a header far down the sheet, years as column names, a sheet
 * written entirely in Traditional characters, skipped sheets that hold figures and a header
 * with nothing under it.
 *
 * Every township here has one sheet named after it: header 指标名称 | 计量单位 | 本期 |
 * 上年同期 on the given row, then 工业总产值 (万元) and 入园企业数 (家).
 *
 * Cases marked "after the host's cell faults" need the reader to fill `SheetGrid.cellFaults`
 * (another helper's part of issue 12): they hold once both are merged.
 */
import type { CellValue } from 'exceljs';
import JSZip from 'jszip';
import { xlsx as book } from '../build';
import type { CorpusCase } from '../case';

type Row = readonly (CellValue | null)[];

/**
 * `book`, with the first sheet's XML changed: what exceljs will not write (a cell value
 * NaN or INF, as some exporters do).
 */
function patchedBook(
  sheets: Readonly<Record<string, readonly Row[]>>,
  patch: (sheetXml: string) => string,
): () => Promise<Uint8Array> {
  return async () => {
    const zip = await JSZip.loadAsync(await book(sheets)());
    const path = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(path)?.async('string');
    if (xml === undefined) throw new Error(`no ${path}`);
    const patched = patch(xml);
    if (patched === xml) throw new Error('the patch changed nothing');
    zip.file(path, patched);
    return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
  };
}

const HEADER: Row = ['指标名称', '计量单位', '本期', '上年同期'];

/**
 * A township sheet: a title, the header, 工业总产值, 入园企业数 and 销售收入 (300, 250: so
 * that the township's narrative paragraph has a figure when 工业总产值 is dropped).
 */
function township(name: string, output: Row, firms: Row = [12, 10]): Row[] {
  return [
    [`${name}主要经济指标（2025年1-6月）`],
    HEADER,
    ['工业总产值', '万元', ...output],
    ['入园企业数', '家', ...firms],
    ['销售收入', '万元', 300, 250],
  ];
}

const OUT = ['-o', '{dir}/汇总结果.xlsx'];

export const cases: readonly CorpusCase[] = [
  {
    name: '公式没有计算结果（程序生成、未在 Excel 中保存）',
    // After the host's cell faults: the reader reports C3 as 'formula-no-result'.
    files: {
      '县域.xlsx': book({
        甲镇: [
          ['甲镇主要经济指标'],
          HEADER,
          ['工业总产值', '万元', { formula: 'C4+C5' } as CellValue, 900],
          ['  其中：规模以上工业产值', '万元', 600, 500],
          ['  其中：其他产值', '万元', 400, 400],
          ['销售收入', '万元', 300, 250],
        ],
        乙镇: township('乙镇', [500, 450]),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    expect: {
      exit: 2,
      findings: [
        {
          level: 'error',
          code: 'parse.cell-formula-no-result',
          sheet: '甲镇',
          cell: 'C3',
          text: '是公式但没有计算结果，请在 Excel 中打开、保存后再汇总',
        },
      ],
      totals: { 工业总产值: 500 },
    },
  },
  {
    name: '文件里的数值是 NaN',
    // After the host's cell faults: the reader reports C3 as 'non-finite'.
    files: {
      '甲镇.xlsx': patchedBook({ 甲镇: township('甲镇', [123456, 900]) }, (xml) =>
        xml.replace('<v>123456</v>', '<v>NaN</v>'),
      ),
    },
    args: ['{dir}/甲镇.xlsx', ...OUT, '--strict'],
    expect: {
      exit: 2,
      findings: [{ level: 'error', sheet: '甲镇', cell: 'C3' }],
      totals: { 工业总产值: null, 入园企业数: 12 },
    },
  },
  {
    name: '文件里的数值是 INF',
    // After the host's cell faults: the reader reports C3 as 'non-finite'.
    files: {
      '县域.xlsx': patchedBook(
        { 甲镇: township('甲镇', [123456, 900]), 乙镇: township('乙镇', [500, 450]) },
        (xml) => xml.replace('<v>123456</v>', '<v>INF</v>'),
      ),
    },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    expect: {
      exit: 2,
      findings: [{ level: 'error', sheet: '甲镇', cell: 'C3' }],
      totals: { 工业总产值: 500, 入园企业数: 24 },
    },
  },
  {
    name: '数字单元格里的文本 1e400 超出数字范围',
    files: {
      '县域.xlsx': book({
        甲镇: township('甲镇', ['1e400', 900]),
        乙镇: township('乙镇', [500, 450]),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    expect: {
      exit: 2,
      findings: [
        {
          level: 'error',
          code: 'parse.cell-non-finite',
          sheet: '甲镇',
          cell: 'C3',
          text: '“1e400”不是有效的有限数字',
        },
      ],
      totals: { 工业总产值: 500, 入园企业数: 24 },
    },
  },
  {
    name: '数字单元格里的文本 Infinity 和 NaN',
    files: {
      '县域.xlsx': book({
        甲镇: township('甲镇', ['Infinity', 900], ['NaN', 10]),
        乙镇: township('乙镇', [500, 450]),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: {
      exit: 0,
      findings: [
        { level: 'error', code: 'parse.cell-stored-non-finite', sheet: '甲镇', cell: 'C3' },
        { level: 'error', code: 'parse.cell-stored-non-finite', sheet: '甲镇', cell: 'C4' },
      ],
      totals: { 工业总产值: 500, 入园企业数: 12 },
    },
  },
  {
    name: '两个乡镇各 1e308，合计超出数字范围',
    files: {
      '县域.xlsx': book({
        甲镇: township('甲镇', [1e308, 900]),
        乙镇: township('乙镇', [1e308, 450]),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    expect: {
      exit: 2,
      findings: [
        {
          level: 'error',
          code: 'consolidate.sum-overflow',
          text: '指标“工业总产值”的本期合计超出了数字的表示范围，汇总值留空',
        },
      ],
      totals: { 工业总产值: null, 入园企业数: 24 },
    },
  },
  {
    name: '亿元换算为万元后超出数字范围',
    files: {
      '县域.xlsx': book({
        甲镇: township('甲镇', [1000, 900]),
        乙镇: township('乙镇', [500, 450]),
        丙乡: [
          HEADER,
          ['工业总产值', '亿元', 1e305, 1],
          ['入园企业数', '家', 3, 2],
          ['销售收入', '万元', 300, 250],
        ],
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    expect: {
      exit: 2,
      findings: [
        {
          level: 'error',
          code: 'consolidate.convert-overflow',
          sheet: '丙乡',
          text: '换算为万元后超出了数字的表示范围，未计入',
        },
      ],
      totals: { 工业总产值: 1500, 入园企业数: 27 },
    },
  },
  {
    name: '指标名称是数字 2025 的行',
    files: {
      '县域.xlsx': book({
        甲镇: [...township('甲镇', [1000, 900]), [2025, '万元', 300, 200]],
        乙镇: township('乙镇', [500, 450]),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: {
      exit: 0,
      findings: [
        {
          level: 'verify',
          code: 'parse.label-not-text',
          sheet: '甲镇',
          cell: 'A6',
          text: '甲镇第6行的指标名称是“2025”，不是文字，该行的数字未计入',
        },
      ],
      totals: { 工业总产值: 1500, 入园企业数: 24 },
    },
  },
  {
    name: '指标名称是 TRUE 的行',
    files: {
      '县域.xlsx': book({
        甲镇: [...township('甲镇', [1000, 900]), [true, '万元', 300, 200]],
        乙镇: township('乙镇', [500, 450]),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: {
      exit: 0,
      findings: [
        {
          level: 'verify',
          code: 'parse.label-not-text',
          sheet: '甲镇',
          cell: 'A6',
          text: '指标名称是“TRUE”',
        },
      ],
      totals: { 工业总产值: 1500, 入园企业数: 24 },
    },
  },
  {
    name: '数字单元格里是 TRUE',
    files: {
      '县域.xlsx': book({
        甲镇: township('甲镇', [true, 900]),
        乙镇: township('乙镇', [500, 450]),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT, '--strict'],
    expect: {
      exit: 2,
      findings: [
        {
          level: 'error',
          code: 'parse.cell-not-number',
          sheet: '甲镇',
          cell: 'C3',
          text: '“TRUE”不是数字，未计入',
        },
      ],
      totals: { 工业总产值: 500, 入园企业数: 24 },
    },
  },
  {
    name: '表头在第60行',
    files: {
      '县域.xlsx': book({
        甲镇: [
          ['甲镇主要经济指标（2025年1-6月）'],
          ...Array.from({ length: 57 }, (_, i): Row => [`填表说明第${i + 1}条：按统计制度填报。`]),
          [],
          HEADER,
          ['工业总产值', '万元', 1000, 900],
          ['入园企业数', '家', 12, 10],
        ],
        乙镇: township('乙镇', [500, 450]),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: {
      exit: 0,
      townships: ['甲镇', '乙镇'],
      absent: [{ level: 'info', code: 'parse.no-header' }],
      totals: { 工业总产值: 1500, 入园企业数: 24 },
    },
  },
  {
    name: '表头用年份数字 2025 | 2024 作列名',
    files: {
      '县域.xlsx': book({
        甲镇: [
          ['甲镇主要经济指标'],
          ['指标名称', '计量单位', 2025, 2024],
          ['工业总产值', '万元', 1000, 900],
          ['入园企业数', '家', 12, 10],
        ],
        乙镇: [
          ['乙镇主要经济指标'],
          ['指标名称', '计量单位', '2024年', '2025年'],
          ['工业总产值', '万元', 450, 500],
          ['入园企业数', '家', 10, 12],
        ],
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT, '--json'],
    expect: {
      exit: 0,
      townships: ['甲镇', '乙镇'],
      totals: { 工业总产值: 1500, 入园企业数: 24 },
    },
  },
  {
    name: '全繁体乡镇表（全角数字）',
    files: {
      '東城鎮.xlsx': book({
        東城鎮: [
          ['東城鎮園區主要經濟指標（２０２５年１－６月）'],
          ['填報單位：東城鎮', null, '單位：萬元'],
          ['指標名稱', '計量單位', '本年累計', '上年同期', '同比增長（％）'],
          ['一、工業總產值（萬元）', null, '１８５０００', '１７６０００', '５．１'],
          ['  其中：規模以上工業產值', '萬元', '１５００００', '１４００００', null],
          ['二、招商引資到位資金', '億元', '８', '６．９６', null],
          ['三、入園企業數', '個', '５３', '５０', null],
          ['四、新增用地面積', '公頃', '１２', '１０', null],
          ['五、工商稅收', null, '７５００', '７０４２', null],
          ['註：本表數據為快報數。'],
        ],
      }),
    },
    args: ['{dir}/東城鎮.xlsx', ...OUT],
    expect: {
      exit: 0,
      // The same totals as the Simplified twin below.
      totals: {
        工业总产值: 185000,
        规模以上工业产值: 150000,
        招商引资到位资金: 8,
        入园企业数: 53,
        新增用地面积: 12,
        工商税收: 7500,
      },
      absent: [
        { level: 'verify', code: 'parse.unit-unknown' },
        { level: 'info', code: 'parse.unit-missing' },
        { level: 'error' },
      ],
    },
  },
  {
    name: '全繁体乡镇表的简体孪生表',
    files: {
      '东城镇.xlsx': book({
        东城镇: [
          ['东城镇园区主要经济指标（2025年1-6月）'],
          ['填报单位：东城镇', null, '单位：万元'],
          ['指标名称', '计量单位', '本年累计', '上年同期', '同比增长(%)'],
          ['一、工业总产值（万元）', null, 185000, 176000, 5.1],
          ['  其中：规模以上工业产值', '万元', 150000, 140000, null],
          ['二、招商引资到位资金', '亿元', 8, 6.96, null],
          ['三、入园企业数', '个', 53, 50, null],
          ['四、新增用地面积', '公顷', 12, 10, null],
          ['五、工商税收', null, 7500, 7042, null],
          ['注：本表数据为快报数。'],
        ],
      }),
    },
    args: ['{dir}/东城镇.xlsx', ...OUT],
    expect: {
      exit: 0,
      totals: {
        工业总产值: 185000,
        规模以上工业产值: 150000,
        招商引资到位资金: 8,
        入园企业数: 53,
        新增用地面积: 12,
        工商税收: 7500,
      },
      absent: [{ level: 'error' }],
    },
  },
  {
    name: '没有表头但有数字的工作表',
    files: {
      '县域.xlsx': book({
        甲镇: township('甲镇', [1000, 900]),
        乙镇: [['乙镇产值情况'], ['工业总产值', '万元', 500, 450], ['入园企业数', '家', 12, 10]],
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: {
      exit: 0,
      townships: ['甲镇'],
      findings: [
        {
          level: 'verify',
          code: 'parse.no-header-figures',
          sheet: '乙镇',
          text: '工作表“乙镇”有 4 个数字，但没有找到表头（指标名称、本期等列），其中的数字未计入汇总',
        },
      ],
      totals: { 工业总产值: 1000 },
    },
  },
  {
    name: '只有文字的说明表只是提示',
    files: {
      '县域.xlsx': book({
        说明: [['填表说明'], ['一、本表按月填报。'], ['二、金额单位为万元。']],
        甲镇: township('甲镇', [1000, 900]),
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: {
      exit: 0,
      townships: ['甲镇'],
      absent: [
        { level: 'verify', sheet: '说明' },
        { level: 'error', sheet: '说明' },
      ],
      totals: { 工业总产值: 1000 },
    },
  },
  {
    name: '表头下面没有数据行',
    files: {
      '县域.xlsx': book({
        甲镇: township('甲镇', [1000, 900]),
        乙镇: [['乙镇主要经济指标（2025年1-6月）'], HEADER],
      }),
    },
    args: ['{dir}/县域.xlsx', ...OUT],
    expect: {
      exit: 0,
      townships: ['甲镇'],
      findings: [
        {
          level: 'verify',
          code: 'parse.no-indicator-rows',
          sheet: '乙镇',
          text: '工作表“乙镇”第2行是表头，但表头下面没有填了数据的指标行',
        },
      ],
      totals: { 工业总产值: 1000 },
    },
  },
];
