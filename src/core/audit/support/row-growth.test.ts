import { statTable, type RowSpec } from '../../../../test/helpers/stat-table';
import { growth } from '../../compute';
import { consolidate } from '../../consolidate';
import { figureNumbers } from '../../model/figure-numbers';
import { figureArrays } from './figure-arrays';
import { sheetGrowths } from './row-growth';

const output = (spec: Partial<RowSpec>): RowSpec => ({
  label: '工业总产值',
  unit: '万元',
  ...spec,
});

describe('sheetGrowths', () => {
  const east = statTable('东城镇', [
    output({ current: 185000, previous: 176000 }),
    output({ current: 5, previous: 1 }), // the key again: the consolidation counts the first
    { label: '销售收入', unit: '万元', current: 7, previous: 0 }, // no base
    { label: '税收', unit: '万元', current: 7 }, // no 上年同期
  ]);
  // 亿元 where most townships report 万元: the consolidation's figures are converted.
  const west = statTable('西城镇', [output({ unit: '亿元', current: 1.85, previous: 1.76 })]);
  const south = statTable('南湖街道', [output({ current: 3, previous: 2 })]);
  const total = statTable('合计', [output({ current: 185008.3, previous: 176003.5 })], {
    role: 'total',
  });
  const consolidation = consolidate([total, east, west, south]);
  const figures = (township: string) =>
    consolidation.indicators[0]?.townships.find((t) => t.township === township);

  it('gives a township row the consolidation’s growth of its figures', () => {
    const growths = sheetGrowths(consolidation, east);
    expect(growths[0]).toBe(figures('东城镇')?.growth.pct);
    // A repeated key has the figures of the key's first row, as the consolidation counts it.
    expect(growths[1]).toBe(figures('东城镇')?.growth.pct);
    expect(sheetGrowths(consolidation, west)[0]).toBe(figures('西城镇')?.growth.pct);
  });

  it('computes the growth of a total sheet’s rows from the row', () => {
    expect(sheetGrowths(consolidation, total)[0]).toBe(growth(185008.3, 176003.5).pct);
  });

  it('is NaN where no growth can be computed', () => {
    const growths = sheetGrowths(consolidation, east);
    expect([growths[2], growths[3]]).toEqual([NaN, NaN]);
  });
});

describe('figureArrays', () => {
  it('reads the figures in indicator and township order, null as NaN', () => {
    const consolidation = consolidate([
      statTable('东城镇', [output({ current: 120, previous: 100 })]),
      statTable('西城镇', [output({ current: 80 }), { label: '税收', unit: '万元', current: 3 }]),
    ]);
    const { slotOf, indicators } = figureArrays(consolidation);
    expect([...slotOf]).toEqual([
      ['东城镇', 0],
      ['西城镇', 1],
    ]);
    const [output0, tax] = indicators;
    expect([...(output0?.slot ?? [])]).toEqual([0, 1]);
    expect(Array.from(output0?.current ?? [])).toEqual([120, 80]);
    expect(Array.from(output0?.previous ?? [])).toEqual([100, NaN]);
    expect(Array.from(output0?.growth ?? [])).toEqual([20, NaN]);
    expect([...(tax?.slot ?? [])]).toEqual([1]);
  });

  it('shares the slots of indicators reported by the same townships', () => {
    const consolidation = consolidate([
      statTable('东城镇', [output({ current: 120 }), { label: '税收', unit: '万元', current: 3 }]),
      statTable('西城镇', [output({ current: 80 }), { label: '税收', unit: '万元', current: 2 }]),
      statTable('南城镇', [output({ current: 60 })]),
    ]);
    const [output0, tax] = figureArrays(consolidation).indicators;
    expect([...(output0?.slot ?? [])]).toEqual([0, 1, 2]);
    expect([...(tax?.slot ?? [])]).toEqual([0, 1]);
    expect(tax?.slot).not.toBe(output0?.slot);
    const same = consolidate([
      statTable('东城镇', [output({ current: 120 }), { label: '税收', unit: '万元', current: 3 }]),
      statTable('西城镇', [output({ current: 80 }), { label: '税收', unit: '万元', current: 2 }]),
    ]);
    const [first, second] = figureArrays(same).indicators;
    expect(second?.slot).toBe(first?.slot);
    expect([...(second?.slot ?? [])]).toEqual([0, 1]);
  });

  it('reads figures made without columns (read back from JSON) the same way', () => {
    const consolidation = consolidate([
      statTable('东城镇', [output({ current: 120, previous: 100 })]),
      statTable('西城镇', [output({ current: 80 }), { label: '税收', unit: '万元', current: 3 }]),
    ]);
    const plain = JSON.parse(JSON.stringify(consolidation)) as typeof consolidation;
    // The consolidation's figures have their columns; the ones read back have none.
    expect(figureNumbers(consolidation.indicators[0]?.townships ?? [])).toBeDefined();
    expect(figureNumbers(plain.indicators[0]?.townships ?? [])).toBeUndefined();
    const plainArrays = figureArrays(plain);
    const own = figureArrays(consolidation);
    expect([...plainArrays.slotOf]).toEqual([...own.slotOf]);
    expect(plainArrays.indicators.map((i) => Object.values(i).map((a) => Array.from(a)))).toEqual(
      own.indicators.map((i) => Object.values(i).map((a) => Array.from(a))),
    );
    expect(Array.from(plainArrays.indicators[0]?.growth ?? [])).toEqual([20, NaN]);
  });
});
