import type { CellValue } from '../grid/cell';
import type { Issue } from '../diagnostics/issue';
import { formatIssue } from '../diagnostics/format';
import { plainValues } from '../model/table';
import { parseSheet } from './parse-sheet';
import { sheet } from '../../../test/helpers/sheet-grid';

const HEADER: readonly CellValue[] = ['指标名称', '计量单位', '本期', '上年同期', '同比增长(%)'];

function brief(issues: readonly Issue[]) {
  return issues.map((i) => [i.code, i.level, i.location.cell ?? null, formatIssue(i)]);
}

describe('parseSheet: cells the host could not give (cellFaults)', () => {
  it('reports a formula without a result as a 错误 at its cell, never a blank', () => {
    const grid = sheet(
      '东城镇',
      [HEADER, ['工业总产值', '万元', null, 100, null], ['销售收入', '万元', 50, 40, null]],
      { cellFaults: { C2: 'formula-no-result' } },
    );
    const result = parseSheet(grid);
    expect(brief(result.issues)).toEqual([
      [
        'parse.cell-formula-no-result',
        'error',
        'C2',
        '东城镇!C2（工业总产值）是公式但没有计算结果，请在 Excel 中打开、保存后再汇总',
      ],
    ]);
    const row = result.table?.rows[0];
    expect(row?.key).toBe('工业总产值');
    expect(row && plainValues(row.values)).toEqual({ previous: 100 });
  });

  it('keeps and reports a row whose only figure is a formula without a result', () => {
    const grid = sheet(
      '东城镇',
      [
        ['指标名称', '本期'],
        ['工业总产值', null],
      ],
      {
        cellFaults: { B2: 'formula-no-result' },
      },
    );
    const result = parseSheet(grid);
    expect(result.table?.rows.map((r) => r.key)).toEqual(['工业总产值']);
    expect(result.issues.map((i) => [i.code, i.location.cell])).toEqual([
      ['parse.cell-formula-no-result', 'B2'],
    ]);
  });

  it('reports a stored NaN or INF as a 错误 at its cell', () => {
    const grid = sheet('东城镇', [HEADER, ['工业总产值', '万元', null, 100, null]], {
      cellFaults: { C2: 'non-finite' },
    });
    expect(brief(parseSheet(grid).issues)).toEqual([
      [
        'parse.cell-stored-non-finite',
        'error',
        'C2',
        '东城镇!C2（工业总产值）的数值无效（无穷大或不是数），未计入',
      ],
    ]);
  });

  it('ignores faults outside the value cells of the body', () => {
    const grid = sheet('东城镇', [HEADER, ['工业总产值', '万元', 120, 100, null]], {
      cellFaults: { C1: 'formula-no-result', H2: 'non-finite', ZZZZ1: 'non-finite' },
    });
    expect(parseSheet(grid).issues).toEqual([]);
  });
});

describe('parseSheet: numbers that are not finite', () => {
  it.each<[CellValue]>([
    ['Infinity'],
    ['-inf'],
    ['NaN'],
    ['∞'],
    [Number.POSITIVE_INFINITY],
    [Number.NaN],
  ])('reports %j in a number cell as a 错误 without quoting it', (cell) => {
    const grid = sheet('东城镇', [HEADER, ['工业总产值', '万元', cell, 100, null]]);
    const result = parseSheet(grid);
    expect(brief(result.issues)).toEqual([
      [
        'parse.cell-stored-non-finite',
        'error',
        'C2',
        '东城镇!C2（工业总产值）的数值无效（无穷大或不是数），未计入',
      ],
    ]);
    const row = result.table?.rows[0];
    expect(row && plainValues(row.values)).toEqual({ previous: 100 });
  });

  it.each<[CellValue, string]>([
    ['1e400', '1e400'],
    ['-1e400', '-1e400'],
    ['１ｅ４００', '１ｅ４００'],
  ])('reports %j in a number cell as a 错误 and counts nothing', (cell, text) => {
    const grid = sheet('东城镇', [HEADER, ['工业总产值', '万元', cell, 100, null]]);
    const result = parseSheet(grid);
    expect(brief(result.issues)).toEqual([
      [
        'parse.cell-non-finite',
        'error',
        'C2',
        `东城镇!C2（工业总产值）的“${text}”不是有效的有限数字（超出数字范围或为无效值），未计入`,
      ],
    ]);
    const row = result.table?.rows[0];
    expect(row && plainValues(row.values)).toEqual({ previous: 100 });
  });

  it('reports a percent-formatted number that overflows when shown as percent', () => {
    const grid = sheet('东城镇', [HEADER, ['工业总产值', '万元', 120, 100, 1e307]], {
      percentCells: { E2: true },
    });
    const result = parseSheet(grid);
    expect(result.issues.map((i) => [i.code, i.level, i.location.cell])).toEqual([
      ['parse.cell-non-finite', 'error', 'E2'],
    ]);
    const row = result.table?.rows[0];
    expect(row && plainValues(row.values)).toEqual({ current: 120, previous: 100 });
  });

  it('reports a magnitude that overflows in the row unit', () => {
    const huge = `${'9'.repeat(300)}万亿元`;
    const grid = sheet('东城镇', [HEADER, ['工业总产值', '元', huge, 100, null]]);
    expect(parseSheet(grid).issues.map((i) => [i.code, i.level, i.location.cell])).toEqual([
      ['parse.cell-non-finite', 'error', 'C2'],
    ]);
  });
});

describe('parseSheet: TRUE/FALSE in a number cell', () => {
  it.each([true, false])('reports %s as not a number (错误), never 0 or 1', (cell) => {
    const grid = sheet('东城镇', [HEADER, ['工业总产值', '万元', cell, 100, null]]);
    const result = parseSheet(grid);
    expect(brief(result.issues)).toEqual([
      [
        'parse.cell-not-number',
        'error',
        'C2',
        `东城镇!C2（工业总产值）的内容“${cell ? 'TRUE' : 'FALSE'}”不是数字，未计入`,
      ],
    ]);
    const row = result.table?.rows[0];
    expect(row && plainValues(row.values)).toEqual({ previous: 100 });
  });
});

describe('parseSheet: labels that are not text', () => {
  it.each<[CellValue, string]>([
    [2025, '2025'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    ['2025', '2025'],
    [' 1,200 ', '1,200'],
  ])('does not count a row labelled %j, with a 核实 at the label cell', (label, text) => {
    const grid = sheet('东城镇', [
      HEADER,
      ['工业总产值', '万元', 120, 100, null],
      [label, '万元', 30, 20, null],
    ]);
    const result = parseSheet(grid);
    expect(result.table?.rows.map((r) => r.key)).toEqual(['工业总产值']);
    expect(brief(result.issues)).toEqual([
      [
        'parse.label-not-text',
        'verify',
        'A3',
        `东城镇第3行的指标名称是“${text}”，不是文字，该行的数字未计入`,
      ],
    ]);
  });

  it('skips such a row silently when it holds no figure', () => {
    const grid = sheet('东城镇', [
      HEADER,
      [2025, null, null, null, null],
      ['工业总产值', '万元', 120, 100, null],
    ]);
    const result = parseSheet(grid);
    expect(result.issues).toEqual([]);
    expect(result.table?.rows.map((r) => r.key)).toEqual(['工业总产值']);
  });

  it('still reads labels with digits in them', () => {
    const grid = sheet('东城镇', [HEADER, ['5G基站数', '个', 12, 10, null]]);
    expect(parseSheet(grid).table?.rows.map((r) => r.key)).toEqual(['5G基站数']);
  });
});

describe('parseSheet: skipped sheets', () => {
  it('skips a sheet of figures without a header with a 核实 saying they are not counted', () => {
    const grid = sheet('草稿', [
      ['东城镇产值情况'],
      ['工业总产值', 120, 100],
      ['销售收入', 90, 80],
    ]);
    const result = parseSheet(grid);
    expect(result.table).toBeNull();
    expect(brief(result.issues)).toEqual([
      [
        'parse.no-header-figures',
        'verify',
        null,
        '工作表“草稿”有 4 个数字，但没有找到表头（指标名称、本期等列），其中的数字未计入汇总',
      ],
    ]);
  });

  it('skips a sheet of text (说明) with a 提示 only', () => {
    const grid = sheet('说明', [['填表说明'], ['1. 按月填报'], ['2. 金额单位为万元'], [2025]]);
    expect(parseSheet(grid).issues.map((i) => [i.code, i.level])).toEqual([
      ['parse.no-header', 'info'],
    ]);
  });
});
