/**
 * fast-check arbitraries for property tests of the engine: township sheets as grids with
 * exact decimal figures (whole cents), and helpers to re-express, split and compare them.
 */
import fc from 'fast-check';
import type { CellValue, SheetGrid, WorkbookGrids } from '../../src/core/grid/cell';
import type { Consolidation } from '../../src/core/model/consolidation';

/** Township names, distinct, in the order sheets take them. */
export const NAMES = ['甲镇', '乙镇', '丙乡', '丁镇', '戊镇', '己乡'] as const;

/** The money indicators (万元) and the count indicator of every generated sheet. */
export const MONEY = ['工业总产值', '其中：规模以上工业产值', '销售收入', '利润总额'] as const;
export const COUNT = '入园企业数';

/** A figure: a decimal with at most two places (whole cents), or empty. */
export type Figure = number | null;

/** One indicator's 本期, 上年同期 and 全年目标. */
export type Triple = readonly [Figure, Figure, Figure];

/** A township's figures: one triple per money indicator, then the count's. */
export interface Township {
  readonly money: readonly Triple[];
  readonly count: Triple;
}

const cents = (max: number): fc.Arbitrary<number> =>
  fc.integer({ min: -max, max }).map((k) => k / 100);

/** A money figure in 万元 (cents, below 10^9 万元), sometimes empty. */
export const moneyFigure: fc.Arbitrary<Figure> = fc.option(cents(100_000_000_000), { freq: 6 });

/** A count (家): a whole number, sometimes empty. */
export const countFigure: fc.Arbitrary<Figure> = fc.option(fc.integer({ min: 0, max: 5000 }), {
  freq: 6,
});

const triple = (figure: fc.Arbitrary<Figure>): fc.Arbitrary<Triple> =>
  fc.tuple(figure, figure, figure);

/** A township's figures. */
export const township: fc.Arbitrary<Township> = fc.record({
  money: fc.tuple(...MONEY.map(() => triple(moneyFigure))),
  count: triple(countFigure),
});

/** Between `min` and 6 townships. */
export const townships = (min: number): fc.Arbitrary<Township[]> =>
  fc.array(township, { minLength: min, maxLength: NAMES.length });

/**
 * A township's standard sheet as a grid: header 指标名称 | 计量单位 | 本期 | 上年同期 | 全年目标,
 * money rows in `unit` (values divided by `divisor`, a power of ten), then the count row.
 *
 * @example
 * townshipGrid('甲镇', t) // { name: '甲镇', rows: [['指标名称', …], ['工业总产值', '万元', …], …] }
 */
export function townshipGrid(name: string, t: Township, unit = '万元', divisor = 1): SheetGrid {
  // From whole cents, one division: the number nearest the decimal a person would type
  // (-975972638.79 / 10000 is -97597.26387899999, not -97597.263879).
  const scaled = (v: Figure): CellValue =>
    v === null ? null : divisor === 1 ? v : Math.round(v * 100) / (100 * divisor);
  return {
    name,
    rows: [
      [`${name}主要经济指标完成情况`],
      ['指标名称', '计量单位', '本期', '上年同期', '全年目标'],
      ...MONEY.map((label, i) => {
        const [c, p, g] = t.money[i] ?? [null, null, null];
        return [label, unit, scaled(c), scaled(p), scaled(g)];
      }),
      [COUNT, '家', ...t.count],
    ],
  };
}

/** One workbook of the townships' sheets, named from {@link NAMES} by position. */
export function workbookOf(
  ts: readonly Township[],
  names: readonly string[] = NAMES,
): WorkbookGrids {
  return { sheets: ts.map((t, i) => townshipGrid(names[i] ?? `乡镇${i}`, t)) };
}

/** The consolidated totals by indicator key, in a form to compare exactly. */
export function totalsOf(c: Consolidation): Record<string, unknown> {
  return Object.fromEntries(
    c.indicators.map((i) => [
      i.key,
      {
        unit: i.unit?.symbol ?? i.unitText,
        current: i.current,
        previous: i.previous,
        target: i.target,
        growthPct: i.growth.pct,
        changePp: i.changePp,
        completionPct: i.completionPct,
      },
    ]),
  );
}

/** Adds two cents-figures exactly; null when both are empty. */
export function addFigures(a: Figure, b: Figure): Figure {
  if (a === null) return b;
  if (b === null) return a;
  return Math.round(a * 100 + b * 100) / 100;
}
