import type { Growth, TownshipFigures } from '../model/consolidation';
import type { IndicatorRow, StatTable } from '../model/table';
import { rowSources, type Sources } from './row-sources';

/**
 * One indicator's township figures as parallel arrays, one slot per township: numbers as
 * doubles (NaN for null), a growth as its percent and, when that is null, its reason.
 * Filled by the consolidation; `figureView` reads a slot as a `TownshipFigures`.
 */
export interface FigureColumns {
  readonly townships: readonly string[];
  readonly current: ArrayLike<number>;
  readonly previous: ArrayLike<number>;
  readonly target: ArrayLike<number>;
  readonly growthPct: Float64Array;
  /** The reason of a null growth; undefined where the growth is a number. */
  readonly growthReason: (Growth['reason'] | undefined)[];
  readonly sharePct: Float64Array;
  readonly rank: readonly (number | null)[];
  readonly pullPp: Float64Array;
  readonly contributionPct: Float64Array;
  readonly completionPct: Float64Array;
  /** The sheet and row of each township, where its `sources` are read from when asked for. */
  readonly tables: readonly StatTable[];
  readonly rows: readonly IndicatorRow[];
  /** The sources worked out so far. */
  readonly sources: (Sources | undefined)[];
}

/**
 * Columns for the townships of `given`, the computed ones still to fill.
 *
 * @example
 * const columns = figureColumns({ townships, current, previous, target, rank, tables, rows });
 * columns.growthPct[0] = 5.1;
 */
export function figureColumns(
  given: Pick<
    FigureColumns,
    'townships' | 'current' | 'previous' | 'target' | 'rank' | 'tables' | 'rows'
  >,
): FigureColumns {
  const count = given.townships.length;
  // One allocation for the five computed columns (a typed array is allocated outside the
  // heap, and a county has 200 indicators).
  const block = new Float64Array(count * 5);
  return {
    ...given,
    growthPct: block.subarray(0, count),
    growthReason: new Array<Growth['reason'] | undefined>(count),
    sharePct: block.subarray(count, count * 2),
    pullPp: block.subarray(count * 2, count * 3),
    contributionPct: block.subarray(count * 3, count * 4),
    completionPct: block.subarray(count * 4, count * 5),
    sources: new Array<Sources | undefined>(count),
  };
}

/**
 * A column's NaN as the model's null.
 *
 * @example
 * orNull(NaN) // null
 * orNull(5.1) // 5.1
 */
export function orNull(value: number | undefined): number | null {
  return value === undefined || value !== value ? null : value;
}

/**
 * One township's figures read from its indicator's columns. A county of 1,000 sheets of
 * 200 rows has 200,000 of these: as plain records each would hold up to ten boxed numbers
 * and a growth object, two million objects that the garbage collector marks and copies,
 * where the columns are a few arrays per indicator.
 *
 * Reads like the `TownshipFigures` record it stands for and serialises as one; its fields
 * are getters, so copy them by name rather than spreading the object.
 */
class FigureView implements TownshipFigures {
  readonly #columns: FigureColumns;
  readonly #index: number;

  constructor(columns: FigureColumns, index: number) {
    this.#columns = columns;
    this.#index = index;
  }

  get township(): string {
    return this.#columns.townships[this.#index] as string;
  }

  get current(): number | null {
    return orNull(this.#columns.current[this.#index]);
  }

  get previous(): number | null {
    return orNull(this.#columns.previous[this.#index]);
  }

  get target(): number | null {
    return orNull(this.#columns.target[this.#index]);
  }

  get growth(): Growth {
    const pct = orNull(this.#columns.growthPct[this.#index]);
    return { pct, reason: pct === null ? (this.#columns.growthReason[this.#index] ?? null) : null };
  }

  get sharePct(): number | null {
    return orNull(this.#columns.sharePct[this.#index]);
  }

  get rank(): number | null {
    return this.#columns.rank[this.#index] ?? null;
  }

  get pullPp(): number | null {
    return orNull(this.#columns.pullPp[this.#index]);
  }

  get contributionPct(): number | null {
    return orNull(this.#columns.contributionPct[this.#index]);
  }

  get completionPct(): number | null {
    return orNull(this.#columns.completionPct[this.#index]);
  }

  /**
   * Worked out from the township's row when first read: only the figures a sentence, a
   * finding or the JSON report quotes are traced to their cells.
   */
  get sources(): Sources {
    const { sources, tables, rows } = this.#columns;
    return (sources[this.#index] ??= rowSources(
      tables[this.#index] as StatTable,
      rows[this.#index] as IndicatorRow,
    ));
  }

  toJSON(): TownshipFigures {
    return {
      township: this.township,
      current: this.current,
      previous: this.previous,
      target: this.target,
      growth: this.growth,
      sharePct: this.sharePct,
      rank: this.rank,
      pullPp: this.pullPp,
      contributionPct: this.contributionPct,
      completionPct: this.completionPct,
      sources: this.sources,
    };
  }
}

/**
 * The figures of township slot `index` of `columns`.
 *
 * @example
 * figureView(columns, 0).growth // { pct: 5.1, reason: null }
 */
export function figureView(columns: FigureColumns, index: number): TownshipFigures {
  return new FigureView(columns, index);
}
