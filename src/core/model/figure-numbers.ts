import type { ConsolidatedIndicator, TownshipFigures } from './consolidation';

/**
 * The numbers of an indicator's township figures as columns, one slot per figure in
 * `townships` order: 本期, 上年同期, the growth and the share in percent (NaN where the
 * figure is null) and the rank. A consolidation keeps its figures this way (each
 * `TownshipFigures` reads its slot), and a stage that scans all 200,000 figures of a county
 * reads the columns instead of the objects.
 */
export interface FigureNumbers {
  readonly townships: readonly string[];
  readonly current: ArrayLike<number>;
  readonly previous: ArrayLike<number>;
  readonly growthPct: ArrayLike<number>;
  readonly sharePct: ArrayLike<number>;
  readonly rank: ArrayLike<number | null>;
}

const BY_FIGURES = new WeakMap<readonly TownshipFigures[], FigureNumbers>();
const BY_INDICATOR = new WeakMap<object, FigureNumbers>();

/**
 * Records that `figures` read their numbers from `numbers` (the consolidation does, for each
 * indicator's `townships`). The columns must not change afterwards.
 */
export function recordFigureNumbers(
  figures: readonly TownshipFigures[],
  numbers: FigureNumbers,
): void {
  BY_FIGURES.set(figures, numbers);
}

/**
 * The columns an indicator's `townships` read their numbers from, or undefined for figures
 * made some other way (by hand, or read back from JSON): read the objects then.
 *
 * @example
 * figureNumbers(indicator.townships)?.current[0] // the first township's 本期, NaN for none
 */
export function figureNumbers(figures: readonly TownshipFigures[]): FigureNumbers | undefined {
  return BY_FIGURES.get(figures);
}

/**
 * Records the columns of `indicator`'s figures, for an indicator whose `townships` are made
 * when first read (see `indicatorNumbers`).
 */
export function recordIndicatorNumbers(
  indicator: ConsolidatedIndicator,
  numbers: FigureNumbers,
): void {
  BY_INDICATOR.set(indicator, numbers);
}

/**
 * The columns of an indicator's township figures, without making the figure objects: the
 * consolidation makes an indicator's `townships` only when a stage reads them, and a stage
 * that reads every indicator's numbers should not. Undefined for an indicator made some
 * other way (by hand, or read back from JSON): read `townships` then.
 *
 * @example
 * indicatorNumbers(indicator)?.current[0] // the first township's 本期, NaN for none
 */
export function indicatorNumbers(indicator: ConsolidatedIndicator): FigureNumbers | undefined {
  return BY_INDICATOR.get(indicator) ?? BY_FIGURES.get(indicator.townships);
}

/**
 * How many townships report the indicator (the length of its `townships`), without making
 * the figure objects.
 *
 * @example
 * townshipCount(indicator) // 1000
 */
export function townshipCount(indicator: ConsolidatedIndicator): number {
  return indicatorNumbers(indicator)?.townships.length ?? indicator.townships.length;
}
