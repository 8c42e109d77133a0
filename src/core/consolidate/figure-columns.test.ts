import { figureColumns, figureView } from './figure-columns';

describe('figureView', () => {
  const columns = figureColumns({
    townships: ['东城镇', '西城镇'],
    current: [120, NaN],
    previous: [100, 0],
    target: [NaN, 50],
    rank: [1, null],
    sources: [{ current: { sheet: '东城镇', cell: 'C4' } }, {}],
  });
  columns.growthPct.set([20, NaN]);
  columns.growthReason[1] = 'zero-base';
  columns.sharePct.set([100, NaN]);
  columns.pullPp.set([20, NaN]);
  columns.contributionPct.set([100, NaN]);
  columns.completionPct.set([NaN, NaN]);

  it('reads each township slot, NaN as null', () => {
    const east = figureView(columns, 0);
    expect([east.township, east.current, east.previous, east.target, east.rank]).toEqual([
      '东城镇',
      120,
      100,
      null,
      1,
    ]);
    expect([east.sharePct, east.pullPp, east.contributionPct, east.completionPct]).toEqual([
      100,
      20,
      100,
      null,
    ]);
    expect(east.sources.current).toEqual({ sheet: '东城镇', cell: 'C4' });
  });

  it('gives a null growth its reason, a number growth none', () => {
    expect(figureView(columns, 0).growth).toEqual({ pct: 20, reason: null });
    expect(figureView(columns, 1).growth).toEqual({ pct: null, reason: 'zero-base' });
  });

  it('serialises as the plain record', () => {
    expect(JSON.parse(JSON.stringify(figureView(columns, 1)))).toEqual({
      township: '西城镇',
      current: null,
      previous: 0,
      target: 50,
      growth: { pct: null, reason: 'zero-base' },
      sharePct: null,
      rank: null,
      pullPp: null,
      contributionPct: null,
      completionPct: null,
      sources: {},
    });
  });
});
