import type { Consolidation, TownshipFigures } from '../../model/consolidation';

/**
 * One indicator's township figures as arrays, in `indicator.townships` order: each
 * township's slot (townships numbered by name) and its 本期, 上年同期 and growth (NaN
 * where the figure is null).
 */
export interface IndicatorFigures {
  readonly slot: Int32Array;
  readonly current: Float64Array;
  readonly previous: Float64Array;
  readonly growth: Float64Array;
}

/** The township figures of a consolidation as arrays. */
export interface FigureArrays {
  /** Township names numbered 0, 1, 2… in order of appearance (a name given twice: once). */
  readonly slotOf: ReadonlyMap<string, number>;
  /** Per indicator, in consolidation order. */
  readonly indicators: readonly IndicatorFigures[];
}

const CACHE = new WeakMap<Consolidation, FigureArrays>();

/** Arrays for `n` figures, in four blocks (one allocation each for all the indicators). */
function allocate(n: number): IndicatorFigures {
  return {
    slot: new Int32Array(n),
    current: new Float64Array(n),
    previous: new Float64Array(n),
    growth: new Float64Array(n),
  };
}

function part(all: IndicatorFigures, start: number, end: number): IndicatorFigures {
  return {
    slot: all.slot.subarray(start, end),
    current: all.current.subarray(start, end),
    previous: all.previous.subarray(start, end),
    growth: all.growth.subarray(start, end),
  };
}

/**
 * The consolidation's township figures read once into arrays, for the rules that scan
 * them all (200,000 figures objects, scattered in memory, in a county of 1,000 townships
 * of 200 indicators; the arrays are read in a fraction of the time).
 *
 * @example
 * const { indicators } = figureArrays(consolidation);
 * indicators[0]?.current[2] // the third reporting township's 本期 of the first indicator
 */
export function figureArrays(consolidation: Consolidation): FigureArrays {
  const cached = CACHE.get(consolidation);
  if (cached) return cached;
  let total = 0;
  for (const { townships } of consolidation.indicators) total += townships.length;
  const all = allocate(total);
  const slotOf = new Map<string, number>();
  const indicators: IndicatorFigures[] = [];
  let start = 0;
  for (const { townships } of consolidation.indicators) {
    for (let k = 0; k < townships.length; k++) {
      const { township, current, previous, growth } = townships[k] as TownshipFigures;
      let slot = slotOf.get(township);
      if (slot === undefined) slotOf.set(township, (slot = slotOf.size));
      all.slot[start + k] = slot;
      all.current[start + k] = current ?? NaN;
      all.previous[start + k] = previous ?? NaN;
      all.growth[start + k] = growth.pct ?? NaN;
    }
    indicators.push(part(all, start, start + townships.length));
    start += townships.length;
  }
  const arrays: FigureArrays = { slotOf, indicators };
  CACHE.set(consolidation, arrays);
  return arrays;
}
