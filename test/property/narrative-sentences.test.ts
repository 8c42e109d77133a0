/**
 * Issue 14 §5: over random county workbooks — indicators missing from some townships, zero,
 * negative and new figures (上年同期 zero or blank), 其中项 above their whole — no paragraph
 * of the 综述, in any of the three languages, has an empty clause, opens on a separator,
 * prints NaN/undefined/Infinity, a minus sign after a word that already says the direction,
 * 同比新增, or a share over 100%.
 */
import fc from 'fast-check';
import type { CellValue, SheetGrid } from '../../src/core/grid/cell';
import type { NarrativeOutputLocale } from '../../src/core/narrative';
import { runPipeline } from '../../src/core/pipeline';
import { FORBIDDEN_IN_OUTPUT } from '../helpers/forbidden-words';
import { NAMES } from './township-arbitraries';

const LABELS = [
  ['一、工业总产值', '万元'],
  ['  其中：规模以上工业产值', '万元'],
  ['二、销售收入', '万元'],
  ['三、利润总额', '万元'],
  ['工商税收', '万元'],
  ['招商引资到位资金', '亿元'],
  ['入园企业数', '家'],
  ['企业员工总数', '人'],
  ['研发投入占比', '%'],
] as const;

/** A figure as a clerk fills it in: often zero or blank, sometimes below zero. */
const figure: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 500_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: -5_000, max: -1 }) },
  { weight: 3, arbitrary: fc.constant<CellValue>(0) },
  { weight: 3, arbitrary: fc.constant<CellValue>(null) },
  { weight: 1, arbitrary: fc.double({ min: 0.001, max: 99.99, noNaN: true }) },
);

/** A township's sheet: some of the indicators, each with 本期 | 上年同期 | 全年目标. */
const sheetRows: fc.Arbitrary<CellValue[][]> = fc
  .subarray([...LABELS], { minLength: 1 })
  .chain((labels) =>
    fc.tuple(
      fc.constant(labels),
      fc.array(fc.tuple(figure, figure, figure), {
        minLength: labels.length,
        maxLength: labels.length,
      }),
    ),
  )
  .map(([labels, values]) => [
    ['主要经济指标完成情况（2025年1-6月）'],
    ['指标名称', '计量单位', '本期', '上年同期', '全年目标'],
    ...labels.map(([label, unit], i) => [label, unit, ...(values[i] ?? [])]),
  ]);

const workbook: fc.Arbitrary<SheetGrid[]> = fc
  .array(sheetRows, { minLength: 1, maxLength: 5 })
  .map((sheets) => sheets.map((rows, i) => ({ name: NAMES[i] as string, rows })));

interface Rules {
  /** Substrings never allowed. */
  readonly words: readonly string[];
  /** Patterns never allowed. */
  readonly patterns: readonly RegExp[];
  /** The shares a paragraph states, in percent. */
  readonly shares: RegExp;
}

const TOWNSHIPS = NAMES.join('|');

const CHINESE: Rules = {
  words: [...FORBIDDEN_IN_OUTPUT, '同比新增', '新增', '同比（', '（）'],
  patterns: [
    /^[，；、。]/, // opens on a separator
    /[，；、][，；、。]/, // an empty clause
    /(全县|全縣)[，；、]|上半年[；、]/, // the subject and period, then a left-out first clause
    new RegExp(`^(${TOWNSHIPS})[，；、]`),
    /(下降|减少|減少|回落|减亏|減虧|增亏|增虧|亏损|虧損)[-−]/, // a minus sign after a word that says it
  ],
  shares: /[占佔][^，；。%]*?(-?[0-9.]+)%/g,
};

const ENGLISH: Rules = {
  words: ['NaN', 'Infinity', 'undefined', 'null', '[object', 'new this year', '  ', '()'],
  patterns: [
    /^[,;.]/,
    /[,;]\s*[,;.]/,
    /^In H1 2025, the county[,;]|H1 2025, ?[,;]/,
    new RegExp(`^(${TOWNSHIPS})[,;]`),
    /(down|narrowed by|widened by|a loss of) [-−]/,
    /\) year on year/,
  ],
  shares: /(-?[0-9.]+)% of (?!the annual target)/g,
};

const RULES: Record<NarrativeOutputLocale, Rules> = {
  'zh-CN': CHINESE,
  'zh-TW': CHINESE,
  en: ENGLISH,
};

/** What is wrong with one paragraph in a language. */
function faultsOf(text: string, rules: Rules): string[] {
  const found = [
    ...rules.words.filter((w) => text.includes(w)),
    ...rules.patterns.filter((p) => p.test(text)).map(String),
  ];
  for (const match of text.matchAll(rules.shares)) {
    const pct = Number(match[1]);
    if (!(pct >= 0 && pct <= 100)) found.push(`share ${match[0]}`);
  }
  return found.map((f) => `${f} in "${text}"`);
}

const LOCALES: readonly NarrativeOutputLocale[] = ['zh-CN', 'zh-TW', 'en'];

describe('narrative sentences on partial data (#14 §5)', () => {
  it('never break, in any language', () => {
    fc.assert(
      fc.property(workbook, (sheets) => {
        const found: string[] = [];
        for (const locale of LOCALES) {
          const period = locale === 'en' ? 'H1 2025' : '上半年';
          const area = locale === 'en' ? 'the county' : '全县';
          const result = runPipeline([{ file: '县域.xlsx', sheets }], { period, area, locale });
          for (const p of result.paragraphs) found.push(...faultsOf(p.text, RULES[locale]));
        }
        expect(found).toEqual([]);
      }),
      { numRuns: 80 },
    );
  }, 30_000);

  it('the checks catch the faults they are for', () => {
    expect(faultsOf('上半年，全县；销售收入1亿元，同比新增，占120%。', CHINESE)).toHaveLength(4);
    expect(faultsOf('利润同比下降-5%，，占-3%。', CHINESE)).toHaveLength(4);
    expect(faultsOf('; sales were 1 yuan, down -5%, 150% of the total.', ENGLISH)).toHaveLength(3);
    expect(faultsOf('甲镇上半年；销售收入1亿元。', CHINESE)).toHaveLength(1);
    expect(
      faultsOf(
        'In H1 2025, the county; sales were 1 yuan (zero a year earlier) year on year.',
        ENGLISH,
      ),
    ).toHaveLength(2);
    expect(faultsOf('上半年，全县销售收入1亿元（上年同期为零），占82.6%。', CHINESE)).toEqual([]);
  });
});
