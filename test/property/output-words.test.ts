/**
 * No output cell of any output sheet and no 综述 paragraph ever shows NaN, Infinity,
 * undefined, null, "[object" or an empty clause (issue #12 §8), whatever the sheets hold:
 * blanks, dashes, negatives, zeros, huge and tiny numbers, text and error values in number
 * cells, townships with no figure at all.
 */
import fc from 'fast-check';
import type { CellValue, SheetGrid } from '../../src/core/grid/cell';
import { runPipeline } from '../../src/core/pipeline';
import { NAMES } from './township-arbitraries';
import { FORBIDDEN_IN_OUTPUT } from '../helpers/forbidden-words';

const LABELS = [
  ['一、工业总产值', '万元'],
  ['  其中：规模以上工业产值', '万元'],
  ['二、销售收入', '亿元'],
  ['三、利润总额', '万元'],
  ['工商税收', '万元'],
  ['入园企业数', '家'],
  ['  其中：建成投产企业', '家'],
  ['企业员工总数', '人'],
  ['研发投入占比', '%'],
  ['亩均税收', '万元/亩'],
] as const;

/**
 * What a number cell may hold in a real sheet ('1e400', 'NaN' and 'Infinity' text too: a
 * finding names them without quoting them).
 */
const numberCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -1_000_000, max: 10_000_000 }) },
  {
    weight: 2,
    arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>(0, -0, 1e15, -1e15, 1e-7, 9.99e20, 0.005) },
  { weight: 3, arbitrary: fc.constant<CellValue>(null) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<CellValue>(
      '',
      ' ',
      '—',
      '-',
      '/',
      '…',
      '未计',
      'abc',
      '#DIV/0!',
      '12,345',
      '5.1%',
      '１２３',
      '1.2万',
      '1e400',
      'NaN',
      'Infinity',
      true,
      false,
    ),
  },
);

/** A township's sheet: some of the labels, each with 本期 | 上年同期 | 同比增长(%) | 全年目标. */
const sheetRows: fc.Arbitrary<CellValue[][]> = fc
  .subarray([...LABELS], { minLength: 1 })
  .chain((labels) =>
    fc.tuple(
      fc.constant(labels),
      fc.array(fc.tuple(numberCell, numberCell, numberCell, numberCell), {
        minLength: labels.length,
        maxLength: labels.length,
      }),
      fc.boolean(),
    ),
  )
  .map(([labels, values, blank]) => [
    ['主要经济指标完成情况（2025年1-6月）'],
    ['指标名称', '计量单位', '本期', '上年同期', '同比增长(%)', '全年目标'],
    ...labels.map(([label, unit], i) => [
      label,
      unit,
      ...(blank ? [null, null, null, null] : (values[i] ?? [])),
    ]),
  ]);

const workbook: fc.Arbitrary<SheetGrid[]> = fc
  .array(sheetRows, { minLength: 1, maxLength: 4 })
  .map((sheets) => sheets.map((rows, i) => ({ name: NAMES[i] as string, rows })));

function faults(where: string, value: unknown): string[] {
  if (value === null) return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${where}: ${value}`];
  if (typeof value !== 'string') return [`${where}: ${typeof value}`];
  return FORBIDDEN_IN_OUTPUT.filter((w) => value.includes(w)).map(
    (w) => `${where}: "${w}" in "${value}"`,
  );
}

/** The forbidden words in every output cell and paragraph of a run on the sheets. */
function wordFaults(sheets: SheetGrid[], period: string, area: string): string[] {
  const result = runPipeline([{ file: '县域.xlsx', sheets }], { period, area });
  const found: string[] = [];
  for (const sheet of result.sheets) {
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => found.push(...faults(`${sheet.name}!R${r + 1}C${c + 1}`, cell))),
    );
  }
  for (const p of result.paragraphs) found.push(...faults('综述', p.text));
  return found;
}

/**
 * The paragraphs that say nothing (a subject and a period, then a full stop: '丙乡1-6月。'),
 * and those whose first clause was left out but not its separator ('甲镇上半年；销售收入…').
 */
function emptyParagraphs(sheets: SheetGrid[], period: string, area: string): string[] {
  const result = runPipeline([{ file: '县域.xlsx', sheets }], { period, area });
  return result.paragraphs
    .filter(
      (p) =>
        (p.figures.length === 0 && p.kind !== 'caveat') ||
        /^[；，、]/.test(p.text) ||
        [period, area].some(
          (w) =>
            new RegExp(`${w}[；，、]`).test(p.text) && !p.text.startsWith(`${period}，${area}`),
        ),
    )
    .map((p) => p.text);
}

const period = fc.constantFrom('上半年', '1-6月');
const area = fc.constantFrom('全县', '园区');

describe('output words', () => {
  it('never show NaN, Infinity, undefined, null or an empty clause', () => {
    fc.assert(
      fc.property(workbook, period, area, (sheets, p, a) => {
        expect(wordFaults(sheets, p, a)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 20_000);

  // A township with no 本期 figure once got the paragraph '甲镇上半年。', and one without its
  // first indicator '甲镇上半年；销售收入…'.
  it('never write a paragraph that is only a township and a period, or opens on a separator', () => {
    fc.assert(
      fc.property(workbook, period, area, (sheets, p, a) => {
        expect(emptyParagraphs(sheets, p, a)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 20_000);
});
