/**
 * Properties of the county totals (issue #12 §8): exact, for every indicator and period
 * column, they do not depend on the townships' order, on one township writing its money in
 * 亿元 instead of 万元, or on a township being split into two.
 */
import fc from 'fast-check';
import { runPipeline } from '../../src/core/pipeline';
import {
  NAMES,
  addFigures,
  totalsOf,
  township,
  townshipGrid,
  townships,
  workbookOf,
  type Figure,
  type Township,
  type Triple,
} from './township-arbitraries';

const totals = (sheets: Parameters<typeof runPipeline>[0]): Record<string, unknown> =>
  totalsOf(runPipeline(sheets).consolidation);

describe('county totals', () => {
  it('do not depend on the order of the townships', () => {
    fc.assert(
      fc.property(
        townships(2).chain((ts) =>
          fc.tuple(fc.constant(ts), fc.shuffledSubarray([...ts.keys()], { minLength: ts.length })),
        ),
        ([ts, order]) => {
          const named = ts.map((t, i) => ({ name: NAMES[i] as string, t }));
          const shuffled = order.map((i) => named[i] as (typeof named)[number]);
          const a = totals([{ sheets: named.map(({ name, t }) => townshipGrid(name, t)) }]);
          const b = totals([{ sheets: shuffled.map(({ name, t }) => townshipGrid(name, t)) }]);
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 20 },
    );
  }, 20_000);

  it('do not change when one township writes its money in 亿元 (÷ 10000)', () => {
    fc.assert(
      fc.property(
        townships(3).chain((ts) => fc.tuple(fc.constant(ts), fc.nat({ max: ts.length - 1 }))),
        ([ts, which]) => {
          const base = totals([workbookOf(ts)]);
          const sheets = ts.map((t, i) =>
            i === which
              ? townshipGrid(NAMES[i] as string, t, '亿元', 10000)
              : townshipGrid(NAMES[i] as string, t),
          );
          expect(totals([{ sheets }])).toEqual(base);
        },
      ),
      { numRuns: 20 },
    );
  }, 20_000);

  it('do not change when a township is split into two (a = b + c, same indicators)', () => {
    // b's empty cells are empty in c too; c's empty cells where b has a figure are 0.
    const like = (b: Figure, c: Figure): Figure => (b === null ? null : (c ?? 0));
    const likeTriple = (b: Triple, c: Triple): Triple => [
      like(b[0], c[0]),
      like(b[1], c[1]),
      like(b[2], c[2]),
    ];
    const sum = (b: Triple, c: Triple): Triple => [
      addFigures(b[0], c[0]),
      addFigures(b[1], c[1]),
      addFigures(b[2], c[2]),
    ];
    fc.assert(
      fc.property(townships(1), township, township, (others, b, rawC) => {
        const rest = others.slice(0, NAMES.length - 2);
        const c: Township = {
          money: b.money.map((tb, i) => likeTriple(tb, rawC.money[i] as Triple)),
          count: likeTriple(b.count, rawC.count),
        };
        const a: Township = {
          money: b.money.map((tb, i) => sum(tb, c.money[i] as Triple)),
          count: sum(b.count, c.count),
        };
        const whole = rest.map((t, i) => townshipGrid(NAMES[i] as string, t));
        const joined = totals([{ sheets: [...whole, townshipGrid('合并镇', a)] }]);
        const split = totals([
          { sheets: [...whole, townshipGrid('北片镇', b), townshipGrid('南片镇', c)] },
        ]);
        expect(split).toEqual(joined);
      }),
      { numRuns: 20 },
    );
  }, 20_000);
});
