import type {
  ConsolidatedIndicator,
  Consolidation,
  Growth,
  TownshipFigures,
} from '../model/consolidation';
import { parseUnit } from '../model/unit';
import { indicatorNumbers } from '../model/figure-numbers';
import { consolidate } from '../consolidate';
import { parseWorkbooks } from '../parse';
import { buildByTownshipSheet } from './by-township-sheet';
import {
  fitColumnWidth,
  fitColumnWidths,
  numberWidth,
  numberWidthBound,
  textWidth,
} from './column-width';
import { NUMBER_FORMATS, valueFormat } from './number-format';
import { buildSummarySheet } from './summary-sheet';

const noGrowth: Growth = { pct: null, reason: 'missing' };

function figures(township: string, f: Partial<TownshipFigures>): TownshipFigures {
  return {
    township,
    current: null,
    previous: null,
    target: null,
    growth: noGrowth,
    sharePct: null,
    rank: null,
    pullPp: null,
    contributionPct: null,
    completionPct: null,
    sources: {},
    ...f,
  };
}

function indicator(
  label: string,
  unit: string | null,
  f: Partial<ConsolidatedIndicator> = {},
): ConsolidatedIndicator {
  const parsed = unit === null ? null : parseUnit(unit);
  return {
    key: label,
    name: label,
    label,
    unit: parsed,
    unitText: parsed === null ? unit : null,
    level: 0,
    parentKey: null,
    nature: parsed !== null && !parsed.additive ? 'non-additive' : 'additive',
    current: null,
    previous: null,
    target: null,
    growth: noGrowth,
    changePp: null,
    completionPct: null,
    townships: [],
    missingIn: [],
    ...f,
  };
}

const consolidation: Consolidation = {
  townships: ['东城镇', '西城镇'],
  indicators: [
    indicator('一、工业总产值', '万元', {
      current: 300000,
      previous: 280000,
      target: 650000,
      growth: { pct: 7.142857, reason: null },
      completionPct: 46.153846,
      townships: [
        figures('东城镇', {
          current: 185000,
          growth: { pct: 5.113636, reason: null },
          sharePct: 61.666667,
          rank: 1,
        }),
        figures('西城镇', {
          current: 115000,
          growth: { pct: 10.576923, reason: null },
          sharePct: 38.333333,
          rank: 2,
        }),
      ],
    }),
    indicator('其中：规模以上工业产值', '万元', {
      level: 1,
      parentKey: '一、工业总产值',
      current: 1234.5,
      previous: 1000,
      growth: { pct: 23.45, reason: null },
      townships: [figures('西城镇', { current: 1234.5, sharePct: 100, rank: 1 })],
      missingIn: ['东城镇'],
    }),
    indicator('招商引资到位资金', '亿元', {
      current: 8,
      previous: 6.96,
      growth: { pct: 14.942529, reason: null },
    }),
    indicator('企业员工总数', '人', { current: 12000 }),
    indicator('研发投入占比', '%', {
      nature: 'non-additive',
      current: 2.5,
      previous: 2.1,
      changePp: 0.4,
    }),
  ],
  tables: [],
  reportedTotals: [],
  period: null,
  issues: [],
};

describe('buildSummarySheet', () => {
  const sheet = buildSummarySheet(consolidation, { area: '全县', period: '上半年' });

  it('writes a merged title row and the standard header, dropping empty columns', () => {
    expect(sheet.name).toBe('汇总');
    expect(sheet.kind).toBe('summary');
    expect(sheet.rows[0]).toEqual([
      '全县主要经济指标完成情况（上半年）',
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(sheet.rows[1]).toEqual([
      '指标名称',
      '计量单位',
      '本期',
      '上年同期',
      '同比增长(%)',
      '全年目标',
      '完成目标(%)',
    ]);
    expect(sheet.merges).toEqual([{ row: 0, col: 0, rowSpan: 1, colSpan: 7 }]);
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.boldRows).toEqual([0, 1]);
  });

  it('writes one row per indicator: labels as written, 其中 indented, numbers not text', () => {
    expect(sheet.rows.slice(2)).toEqual([
      ['一、工业总产值', '万元', 300000, 280000, 7.1, 650000, 46.2],
      ['\u3000其中：规模以上工业产值', '万元', 1234.5, 1000, 23.5, null, null],
      ['招商引资到位资金', '亿元', 8, 6.96, 14.9, null, null],
      ['企业员工总数', '人', 12000, null, null, null, null],
      // A rate: never a growth in %, its figures kept.
      ['研发投入占比', '%', 2.5, 2.1, null, null, null],
    ]);
  });

  it('chooses number formats per row and leaves empty cells unformatted', () => {
    expect(sheet.numberFormats.slice(2)).toEqual([
      [null, null, '#,##0', '#,##0', '0.0', '#,##0', '0.0'],
      [null, null, '#,##0.00', '#,##0.00', '0.0', null, null],
      [null, null, '#,##0.00', '#,##0.00', '0.0', null, null],
      [null, null, '#,##0', null, null, null, null],
      [null, null, '0.0', '0.0', null, null, null],
    ]);
    expect(sheet.numberFormats).toHaveLength(sheet.rows.length);
  });

  it('sizes columns for Chinese text', () => {
    expect(sheet.columnWidths).toHaveLength(7);
    // U+3000 + "其中：规模以上工业产值" is 12 wide characters.
    expect(sheet.columnWidths[0]).toBe(26);
    expect(sheet.columnWidths[4]).toBe(13); // 同比增长(%) = 11 + 2
  });

  it('leaves out value columns without data but keeps 本期', () => {
    const bare: Consolidation = {
      ...consolidation,
      indicators: [indicator('入园企业数', '家', { current: 53 }), indicator('空指标', '家')],
    };
    const s = buildSummarySheet(bare, { area: '园区', period: '1-6月' });
    expect(s.rows[1]).toEqual(['指标名称', '计量单位', '本期']);
    expect(s.rows[3]).toEqual(['空指标', '家', null]);
    expect(s.merges).toEqual([{ row: 0, col: 0, rowSpan: 1, colSpan: 3 }]);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(consolidation);
    buildSummarySheet(consolidation, { area: '全县', period: '上半年' });
    buildByTownshipSheet(consolidation);
    expect(JSON.stringify(consolidation)).toBe(before);
  });
});

describe('numberWidthBound', () => {
  it('is never below the width the number is written in, on random figures', () => {
    let seed = 11;
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const formats = ['#,##0', '#,##0.00', '0.0', '0', '#,##0.0000', '0.00%'];
    const below: unknown[] = [];
    for (let n = 0; n < 20000; n++) {
      const r = random();
      // Magnitudes from 10^-3 to 10^18, both signs, and values just below a power of ten
      // that round up to it (9.996 to 10.00, 99999.96 to 100,000.0).
      const value =
        r < 0.3
          ? (10 ** Math.floor(random() * 12) - 10 ** -Math.floor(random() * 6) * random()) *
            (random() < 0.3 ? -1 : 1)
          : (random() - 0.3) * 10 ** Math.floor(random() * 21 - 3);
      const format = formats[n % formats.length] as string;
      if (numberWidthBound(value, format) < numberWidth(value, format)) below.push([value, format]);
    }
    expect(below).toEqual([]);
  });

  it('is close for ordinary figures, so that most are not written out', () => {
    expect(numberWidthBound(50000.5, '#,##0.0')).toBe(numberWidth(50000.5, '#,##0.0'));
    expect(numberWidthBound(9.996, '0.00')).toBe(numberWidth(9.996, '0.00'));
  });
});

describe('fitColumnWidths', () => {
  it('fits the widest cell as measuring every cell would', () => {
    let seed = 5;
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const formats = ['#,##0', '#,##0.00', '0.0', null];
    const wrong: unknown[] = [];
    for (let n = 0; n < 300; n++) {
      const rows = Array.from({ length: 1 + Math.floor(random() * 30) }, () => [
        '指标',
        (random() - 0.2) * 10 ** Math.floor(random() * 12),
      ]);
      const format = formats[n % formats.length] ?? null;
      const cellFormats = rows.map(() => [null, format]);
      const widest = rows.reduce((w, row) => Math.max(w, numberWidth(row[1] as number, format)), 0);
      const [, actual] = fitColumnWidths(rows, cellFormats, 0);
      if (actual !== fitColumnWidth([widest], { min: 8, max: 30 })) wrong.push({ rows, format });
    }
    expect(wrong).toEqual([]);
  });
});

describe('buildByTownshipSheet', () => {
  const sheet = buildByTownshipSheet(consolidation);

  it("writes the same sheet from a consolidation's columns as from its figure objects", () => {
    const header = ['指标名称', '计量单位', '本期', '上年同期'];
    const own = consolidate(
      parseWorkbooks([
        {
          sheets: [
            {
              name: '东城镇',
              rows: [header, ['工业总产值', '万元', 120, 100], ['税收', '万元', 9, 8]],
            },
            { name: '西城镇', rows: [header, ['工业总产值', '万元', 80, 0]] },
            {
              name: '南城镇',
              rows: [header, ['税收', '万元', 3, '—'], ['工业总产值', '万元', 50, 40]],
            },
          ],
        },
      ]).tables,
    );
    // Read back from JSON, the figures are plain objects with no columns behind them.
    const plain = JSON.parse(JSON.stringify(own)) as Consolidation;
    expect(indicatorNumbers(own.indicators[0] as ConsolidatedIndicator)).toBeDefined();
    expect(indicatorNumbers(plain.indicators[0] as ConsolidatedIndicator)).toBeUndefined();
    const fromColumns = buildByTownshipSheet(own);
    expect(fromColumns).toEqual(buildByTownshipSheet(plain));
    // 税收 is not reported by 西城镇: its four cells are empty.
    expect(fromColumns.rows[3]?.slice(2)).toEqual([
      9,
      12.5,
      75,
      1,
      null,
      null,
      null,
      null,
      3,
      null,
      25,
      2,
    ]);
  });

  it('has two header rows with township names merged over four columns', () => {
    expect(sheet.name).toBe('分乡镇');
    expect(sheet.rows[0]).toEqual([
      '指标名称',
      '计量单位',
      '东城镇',
      null,
      null,
      null,
      '西城镇',
      null,
      null,
      null,
    ]);
    expect(sheet.rows[1]).toEqual([
      null,
      null,
      ...['本期', '同比增长(%)', '占比(%)', '位次'],
      ...['本期', '同比增长(%)', '占比(%)', '位次'],
    ]);
    expect(sheet.merges).toEqual([
      { row: 0, col: 0, rowSpan: 2, colSpan: 1 },
      { row: 0, col: 1, rowSpan: 2, colSpan: 1 },
      { row: 0, col: 2, rowSpan: 1, colSpan: 4 },
      { row: 0, col: 6, rowSpan: 1, colSpan: 4 },
    ]);
    expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([2, 2]);
  });

  it('writes each township figures, empty where a township does not report', () => {
    expect(sheet.rows[2]).toEqual([
      '一、工业总产值',
      '万元',
      185000,
      5.1,
      61.7,
      1,
      115000,
      10.6,
      38.3,
      2,
    ]);
    expect(sheet.rows[3]).toEqual([
      '\u3000其中：规模以上工业产值',
      '万元',
      null,
      null,
      null,
      null,
      1234.5,
      null,
      100,
      1,
    ]);
    expect(sheet.numberFormats[2]).toEqual([
      null,
      null,
      '#,##0',
      '0.0',
      '0.0',
      '0',
      '#,##0',
      '0.0',
      '0.0',
      '0',
    ]);
    expect(sheet.numberFormats[3]?.slice(6)).toEqual(['#,##0.00', null, '0.0', '0']);
    expect(sheet.rows).toHaveLength(2 + consolidation.indicators.length);
    expect(sheet.columnWidths).toHaveLength(10);
  });
});

describe('valueFormat', () => {
  it.each([
    ['亿元', [8, 7], NUMBER_FORMATS.decimal],
    ['万元', [185000, null], NUMBER_FORMATS.integer],
    ['万元', [1.5], NUMBER_FORMATS.decimal],
    ['元', [0.1 + 0.2 + 0.7], NUMBER_FORMATS.integer],
    ['家', [53], NUMBER_FORMATS.integer],
    ['人', [12000], NUMBER_FORMATS.integer],
    ['%', [12], NUMBER_FORMATS.percent],
    ['‰', [3], NUMBER_FORMATS.percent],
    ['吨标准煤/万元', [0.0468, 0.0467], NUMBER_FORMATS.small],
    ['元/人', [633164.8, 0.5], NUMBER_FORMATS.decimal],
    [null, [], NUMBER_FORMATS.integer],
  ])('%s %j -> %s', (unit, values, expected) => {
    expect(valueFormat(unit === null ? null : parseUnit(unit), values)).toBe(expected);
  });
});

describe('column widths', () => {
  it.each([
    ['工业总产值', 10],
    ['同比增长(%)', 11],
    ['ab', 2],
    ['（上半年）', 10],
  ])('textWidth(%j) = %d', (text, width) => {
    expect(textWidth(text)).toBe(width);
  });

  it.each([
    [185000, '#,##0', 7],
    [-1234.5, '#,##0.00', 9],
    [5.1, '0.0', 3],
    [12, null, 2],
  ])('numberWidth(%d, %j) = %d', (value, format, width) => {
    expect(numberWidth(value, format)).toBe(width);
  });

  it('fits within bounds', () => {
    expect(fitColumnWidth([3])).toBe(8);
    expect(fitColumnWidth([100])).toBe(50);
    expect(fitColumnWidth([20], { padding: 0 })).toBe(20);
  });
});
