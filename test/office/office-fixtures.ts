import type { OutputSheet } from '../../src/core/output';
import type { FakeSheetInit } from './fake-excel';

const INDICATORS = [
  '工业总产值',
  '规上工业增加值',
  '固定资产投资',
  '社会消费品零售总额',
  '一般公共预算收入',
];

/**
 * A township statistics sheet: title, header and `rows - 2` indicator rows of `columns`
 * cells (指标名称, 计量单位, 本期, 上年同期, 同比增长(%), 全年目标, 完成目标(%), then filler).
 */
export function townshipSheet(name: string, rows = 50, columns = 8, seed = 1): FakeSheetInit {
  const header = [
    '指标名称',
    '计量单位',
    '本期',
    '上年同期',
    '同比增长(%)',
    '全年目标',
    '完成目标(%)',
  ];
  const out: (string | number | null)[][] = [
    [`${name}主要经济指标（上半年）`, ...new Array<null>(columns - 1).fill(null)],
    Array.from({ length: columns }, (_, c) => header[c] ?? `备注${c}`),
  ];
  for (let r = 0; r < rows - 2; r++) {
    const current = Math.round((seed * 1000 + r * 37.13) * 100) / 100;
    const previous = Math.round(current * 0.95 * 100) / 100;
    const row: (string | number | null)[] = [
      `${INDICATORS[r % INDICATORS.length]}${r >= INDICATORS.length ? r : ''}`,
      '万元',
      current,
      previous,
      Math.round((current / previous - 1) * 1000) / 10,
      current * 2,
      50,
    ];
    for (let c = row.length; c < columns; c++) row.push(r + c + 0.5);
    out.push(row.slice(0, columns));
  }
  return { name, rows: out };
}

/** An output sheet with defaults for everything but name and rows. */
export function outputSheet(
  name: string,
  rows: readonly (readonly (string | number | null)[])[],
  extra: Partial<OutputSheet> = {},
): OutputSheet {
  return {
    kind: 'summary',
    name,
    rows,
    numberFormats: rows.map((row) => row.map(() => null)),
    columnWidths: [],
    boldRows: [],
    frozenRows: 0,
    frozenColumns: 0,
    merges: [],
    wrapColumns: [],
    links: [],
    ...extra,
  };
}
