import { statTable } from '../../../test/helpers/stat-table';
import { figureColumns, figureView } from './figure-columns';

describe('figureView', () => {
  const east = statTable('东城镇', [
    { label: '工业总产值', unit: '万元', current: 120, previous: 100 },
  ]);
  const west = statTable('西城镇', [
    { label: '工业总产值', unit: '万元', previous: 0, target: 50 },
  ]);
  const columns = figureColumns({
    townships: ['东城镇', '西城镇'],
    current: [120, NaN],
    previous: [100, 0],
    target: [NaN, 50],
    rank: [1, null],
    tables: [east, west],
    rows: [east.rows[0]!, west.rows[0]!],
  });
  columns.growthPct.set([20, NaN]);
  columns.growthReason[1] = 'zero-base';
  columns.sharePct.set([100, NaN]);
  columns.pullPp.set([20, NaN]);
  columns.contributionPct.set([100, NaN]);
  columns.completionPct.set([NaN, NaN]);

  it('reads each township slot, NaN as null', () => {
    const figures = figureView(columns, 0);
    expect([
      figures.township,
      figures.current,
      figures.previous,
      figures.target,
      figures.rank,
    ]).toEqual(['东城镇', 120, 100, null, 1]);
    expect([
      figures.sharePct,
      figures.pullPp,
      figures.contributionPct,
      figures.completionPct,
    ]).toEqual([100, 20, 100, null]);
    expect(figures.sources).toEqual({
      current: { sheet: '东城镇', cell: 'C2' },
      previous: { sheet: '东城镇', cell: 'D2' },
    });
    // Worked out once: the same record on every read.
    expect(figures.sources).toBe(figures.sources);
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
      sources: {
        previous: { sheet: '西城镇', cell: 'D2' },
        target: { sheet: '西城镇', cell: 'F2' },
      },
    });
  });
});
