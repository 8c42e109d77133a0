import type { DraftCheck, DraftFigure } from '../../src/core/draft-check/types';

/**
 * A checked draft as the checker (h-15) returns it, built by hand for the views' tests:
 * document 4's sentences (seeds), its 85% a 不一致 (the data give 82.6%). Offsets are found
 * in the real paragraph text, so a wrong offset shows as a wrong mark.
 */
export const SAMPLE_DRAFT_PARAGRAPHS = [
  '上半年，园区实现工业总产值18.5亿元，同比增长5.1%；销售收入13.5亿元，同比增长5%；其中玻璃产品销售收入11.15亿元，占85%。',
  '实现工商税收7500万元，完成招商引资8亿元，员工12000人，居全市第一。',
];

/** A figure whose statement is `statement`, found in its paragraph's text. */
export function figureAt(
  paragraphs: readonly string[],
  paragraph: number,
  statement: string,
  fields: Omit<DraftFigure, 'paragraph' | 'start' | 'end' | 'excerpt' | 'approximate' | 'sources'> &
    Partial<Pick<DraftFigure, 'approximate' | 'sources'>>,
): DraftFigure {
  const text = paragraphs[paragraph - 1] ?? '';
  const start = text.indexOf(statement);
  if (start < 0) throw new Error(`“${statement}” is not in paragraph ${paragraph}`);
  // The excerpt is the statement's clause, as the checker quotes it.
  const from = Math.max(text.lastIndexOf('；', start) + 1, text.lastIndexOf('。', start) + 1);
  return {
    paragraph,
    start,
    end: start + statement.length,
    excerpt: text.slice(from, start + statement.length),
    approximate: false,
    sources: [],
    ...fields,
  };
}

/** Counts of a list of figures by verdict. */
export function verdictCounts(figures: readonly DraftFigure[]): DraftCheck['counts'] {
  return {
    match: figures.filter((f) => f.verdict === 'match').length,
    mismatch: figures.filter((f) => f.verdict === 'mismatch').length,
    unchecked: figures.filter((f) => f.verdict === 'unchecked').length,
  };
}

const P = SAMPLE_DRAFT_PARAGRAPHS;
const figures: DraftFigure[] = [
  figureAt(P, 1, '18.5亿元', {
    subject: '园区',
    indicator: '工业总产值',
    kind: 'amount',
    written: '18.5亿元',
    computed: '18.5亿元',
    computedValue: 185000,
    verdict: 'match',
    sources: [
      { file: '东城镇.xlsx', sheet: '东城镇', cell: 'C5' },
      { file: '西城镇.xlsx', sheet: '西城镇', cell: 'C5' },
    ],
  }),
  figureAt(P, 1, '同比增长5.1%', {
    subject: '园区',
    indicator: '工业总产值',
    kind: 'growth',
    written: '5.1%',
    computed: '5.1%',
    computedValue: 5.06,
    verdict: 'match',
  }),
  figureAt(P, 1, '占85%', {
    subject: '园区',
    indicator: '玻璃产品销售收入',
    kind: 'share',
    written: '85%',
    computed: '82.6%',
    computedValue: 82.59,
    verdict: 'mismatch',
    reason: '玻璃产品销售收入11.15亿元 ÷ 销售收入13.5亿元 = 82.6%',
    suggestion: '其中玻璃产品销售收入11.15亿元，占82.6%',
    sources: [
      { file: '东城镇.xlsx', sheet: '东城镇', cell: 'C9' },
      { file: '东城镇.xlsx', sheet: '东城镇', cell: 'C8' },
      { file: '东城镇.xlsx', sheet: '东城镇', cell: 'C9' },
    ],
  }),
  figureAt(P, 2, '7500万元', {
    subject: '园区',
    indicator: '工商税收',
    kind: 'amount',
    written: '7500万元',
    computed: '7500万元',
    computedValue: 7500,
    verdict: 'match',
  }),
  figureAt(P, 2, '居全市第一', {
    subject: '园区',
    kind: 'rank',
    written: '第一',
    verdict: 'unchecked',
    reason: '数据中没有全市的排名',
  }),
];

/** Document 4's draft, checked: three 一致, one 不一致 (占85%), one 无法核对. */
export const SAMPLE_DRAFT_CHECK: DraftCheck = {
  source: '粘贴的文稿',
  paragraphs: P,
  figures,
  counts: verdictCounts(figures),
};
