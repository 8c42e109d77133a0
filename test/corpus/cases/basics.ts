/**
 * Corpus cases for behaviour that already holds and must keep holding: sheets and folders,
 * reported totals, units, headers, number text, error values, the command line's options.
 */
import type { CorpusCase } from '../case';
import { STANDARD, townshipSheet, xlsx } from '../build';

export const cases: readonly CorpusCase[] = [
  {
    name: '一个工作簿多个乡镇表',
    files: {
      '县域.xlsx': xlsx({
        甲镇: townshipSheet('甲镇', STANDARD.甲镇),
        乙镇: townshipSheet('乙镇', STANDARD.乙镇),
        丙乡: townshipSheet('丙乡', STANDARD.丙乡),
      }),
    },
    args: ['{dir}/县域.xlsx', '-o', '{dir}/汇总结果.xlsx'],
    expect: {
      exit: 0,
      townships: ['甲镇', '乙镇', '丙乡'],
      // 185000 + 115000 + 60000; 9000 + 5000 + 1500; 53 + 20 + 12.
      totals: { 工业总产值: 360000, 利润总额: 15500, 入园企业数: 85 },
      terminal: ['共 3 个乡镇'],
    },
  },
];
