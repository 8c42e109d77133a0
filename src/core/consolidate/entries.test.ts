import { statTable, type RowSpec } from '../../../test/helpers/stat-table';
import type { StatTable } from '../model/table';
import { parseWorkbooks } from '../parse/parse-workbooks';
import { gatherEntries } from './entries';
import { IndicatorOrder } from './indicator-order';

describe('gatherEntries', () => {
  const east = statTable('东城镇', [
    { label: '工业总产值', unit: '万元', current: 120, previous: 100, target: 300 },
    { label: '税收', unit: '万元', current: 8 },
  ]);
  const west = statTable('西城镇', [
    { label: '工业总产值', unit: '亿元', current: 1.5 },
    { label: '税收', unit: '万元', previous: 7 },
    { label: '工业总产值', unit: '万元', current: 999 }, // a duplicate: the first row counts
  ]);
  const north = statTable('北城镇', [
    { label: '利润总额', unit: '万元', current: 30, nature: 'non-additive' },
    { label: '税收', unit: '万元', current: 9, previous: 6 },
  ]);

  it('gives each indicator one slot per reporting township, in township order', () => {
    const order = new IndicatorOrder();
    const entries = gatherEntries([east, west, north], order);
    expect(order.keys()).toEqual(['利润总额', '工业总产值', '税收']);

    const output = entries.get('工业总产值');
    expect(output?.tables.map((t) => t.unitName)).toEqual(['东城镇', '西城镇']);
    expect(output?.rows).toEqual([east.rows[0], west.rows[0]]);
    expect(Array.from(output?.current ?? [])).toEqual([120, 1.5]);
    expect(Array.from(output?.previous ?? [])).toEqual([100, NaN]);
    expect(Array.from(output?.target ?? [])).toEqual([300, NaN]);
    expect(output?.units.map((u) => u?.symbol)).toEqual(['万元', '亿元']);
    expect(output?.additive).toBe(true);

    const tax = entries.get('税收');
    expect(tax?.tables.map((t) => t.unitName)).toEqual(['东城镇', '西城镇', '北城镇']);
    expect(Array.from(tax?.current ?? [])).toEqual([8, NaN, 9]);
    expect(Array.from(tax?.previous ?? [])).toEqual([NaN, 7, 6]);

    const profit = entries.get('利润总额');
    expect(profit?.tables).toHaveLength(1);
    expect(profit?.current).toHaveLength(1);
    expect(profit?.additive).toBe(false);
  });

  it('reads the same numbers from a parsed sheet block as from the rows', () => {
    const grid = (name: string, current: number, previous: string) => ({
      name,
      rows: [
        ['指标名称', '计量单位', '本期', '上年同期', '全年目标'],
        ['工业总产值', '万元', current, previous, 500],
        ['税收', '万元', '—', 12, null],
      ],
    });
    const { tables } = parseWorkbooks([
      { file: 'a.xlsx', sheets: [grid('东城镇', 120, '100'), grid('西城镇', 80, '-')] },
    ]);
    const entries = gatherEntries(tables, new IndicatorOrder());
    const output = entries.get('工业总产值');
    expect(Array.from(output?.current ?? [])).toEqual([120, 80]);
    expect(Array.from(output?.previous ?? [])).toEqual([100, NaN]);
    expect(Array.from(output?.target ?? [])).toEqual([500, 500]);
    expect(Array.from(entries.get('税收')?.current ?? [])).toEqual([NaN, NaN]);
    expect(output?.rows.map((row) => row.values.current)).toEqual([120, 80]);
  });

  /** What gatherEntries gives, worked out row by row with a lookup each (the definition). */
  function reference(tables: readonly StatTable[]) {
    const byKey = new Map<
      string,
      { last: StatTable | null; tables: string[]; current: number[] }
    >();
    const order = new IndicatorOrder();
    for (const table of tables) {
      order.startTable();
      for (const row of table.rows) {
        if (order.has(row.key)) order.seen(row.key);
        else order.add(row.key);
        const entry = byKey.get(row.key) ?? { last: null, tables: [], current: [] };
        byKey.set(row.key, entry);
        // A key the table gave already (a duplicate row, or the same table again) counts once.
        if (entry.last === table) continue;
        entry.last = table;
        entry.tables.push(table.unitName);
        entry.current.push(row.values.current ?? NaN);
      }
    }
    return { order: order.keys(), byKey };
  }

  it('gives what a lookup per row gives, for tables sharing keys or not', () => {
    let seed = 11;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const template = (): RowSpec[] =>
      Array.from({ length: 1 + next(6) }, () => ({ label: `指标${next(8)}`, unit: '万元' }));
    for (let round = 0; round < 200; round++) {
      let specs = template();
      const tables: StatTable[] = [];
      for (let t = 0; t < 1 + next(6); t++) {
        if (next(3) === 0) specs = template(); // else the same keys as the table before
        const table = statTable(
          `镇${t}`,
          specs.map((spec) => ({ ...spec, current: next(100) })),
        );
        tables.push(table);
        if (next(5) === 0) tables.push(table); // the same table twice: it counts once
      }
      const order = new IndicatorOrder();
      const entries = gatherEntries(tables, order);
      const expected = reference(tables);
      expect(order.keys()).toEqual(expected.order);
      expect([...entries.keys()].sort()).toEqual([...expected.byKey.keys()].sort());
      for (const [key, entry] of expected.byKey) {
        const got = entries.get(key);
        expect(got?.tables.map((t) => t.unitName)).toEqual(entry.tables);
        expect(Array.from(got?.current ?? [])).toEqual(entry.current);
      }
    }
  });
});
