/**
 * The round trip: every sentence the default templates write is read back as 一致 by the
 * draft checker (the same rules read what the narrative writes), on the example county,
 * its township folder (with a reported 合计) and a plain fixture.
 */
import { join } from 'node:path';
import { checkDraft } from '../../src/core/draft-check';
import { renderNarrative } from '../../src/core/narrative';
import type { PipelineResult } from '../../src/core/pipeline';
import { GOLDEN_CASES } from '../golden/golden-datasets';
import { EXAMPLE_DIR, runFiles, runFixture, xlsxFiles } from './run-fixture';

type Written = Pick<PipelineResult, 'consolidation' | 'paragraphs' | 'words'>;

function readBack(result: Written): ReturnType<typeof checkDraft> {
  // The caveat counts audit findings, not data: it is not a figure of the draft.
  const paragraphs = result.paragraphs.filter((p) => p.kind !== 'caveat');
  const text = paragraphs.map((p) => p.text).join('\n');
  const { area, period } = result.words;
  const check = checkDraft(result.consolidation, { text, source: '综述' }, area, period);
  // Every figure the narrative shows lies inside a statement the checker found.
  paragraphs.forEach((p, index) => {
    let from = 0;
    for (const figure of p.figures) {
      const covering = (at: number) =>
        check.figures.find(
          (f) => f.paragraph === index + 1 && f.start <= at && at + figure.text.length <= f.end,
        );
      // The figure's own occurrence, in reading order: a short text (为零) may also stand
      // earlier in an aside (上年同期为零), which is not a figure.
      let at = p.text.indexOf(figure.text, from);
      while (at >= 0 && covering(at) === undefined) at = p.text.indexOf(figure.text, at + 1);
      expect([figure.text, at >= 0]).toEqual([figure.text, true]);
      from = at + figure.text.length;
    }
  });
  return check;
}

const CASES: readonly (readonly [string, () => Promise<Written>])[] = [
  ['the example county', () => runFiles([join(EXAMPLE_DIR, '县域示例-无差错.xlsx')])],
  ['the example with planted errors', () => runFiles([join(EXAMPLE_DIR, '县域示例.xlsx')])],
  ['the township folder', () => runFiles(xlsxFiles(join(EXAMPLE_DIR, '乡镇报表')))],
  ['a plain fixture', () => runFixture('01-plain.xlsx')],
  ['a hierarchy fixture', () => runFixture('10-hierarchy.xlsx')],
  // The golden datasets: 扭亏、减亏、新增、下降, missing 上年同期 and targets, 1-9月.
  ...GOLDEN_CASES.filter((c) => c.locale === undefined).map(
    (c) =>
      [
        `golden ${c.name}`,
        (): Promise<Written> =>
          Promise.resolve({
            consolidation: c.consolidation,
            words: c.words,
            paragraphs: renderNarrative({ consolidation: c.consolidation, words: c.words })
              .paragraphs,
          }),
      ] as const,
  ),
];

describe('the narrative read back by the draft checker', () => {
  it.each(CASES.map(([name, run]) => [name, run] as [string, () => Promise<Written>]))(
    '%s: every figure is found and 一致',
    async (_name, run) => {
      const check = readBack(await run());
      expect(check.figures.length).toBeGreaterThan(0);
      const notMatched = check.figures
        .filter((f) => f.verdict !== 'match')
        .map((f) => `${f.paragraph} ${f.excerpt} ${f.written} ${f.verdict} ${f.reason ?? ''}`);
      expect(notMatched).toEqual([]);
    },
  );

  it('reads the shapes of the reworked templates (其中，…, 比上年同期增加, 居各园区首位, 在N个园区中)', async () => {
    const result = await runFiles([join(EXAMPLE_DIR, '县域示例-无差错.xlsx')]);
    const firms = result.consolidation.indicators.find((i) => i.name === '入园企业数');
    const output = result.consolidation.indicators.find((i) => i.name === '工业总产值');
    const first = output?.townships.find((t) => t.rank === 1);
    const count = output?.townships.length ?? 0;
    if (firms?.current == null || first === undefined) throw new Error('example lacks figures');
    const added =
      firms.previous === null ? '' : `，比上年同期增加${firms.current - firms.previous}家`;
    const text = [
      `上半年，全县工业总产值86.41亿元。目前，入园企业${firms.current}家${added}。`,
      `其中，${first.township}工业总产值居各乡镇首位，在${count}个乡镇中位列第1位。`,
    ].join('\n');
    const check = checkDraft(result.consolidation, { text, source: '稿' }, '全县');
    expect(check.figures.map((f) => [f.kind, f.verdict])).toEqual([
      ['amount', 'match'],
      ['amount', 'match'],
      ...(added === '' ? [] : [['amount', 'match']]),
      ['rank', 'match'],
      ['rank', 'match'],
    ]);
  });
});
