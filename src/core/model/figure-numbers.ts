import type { TownshipFigures } from './consolidation';

/**
 * The numbers of an indicator's township figures as columns, one slot per figure in
 * `townships` order: 本期, 上年同期 and the growth in percent, NaN where the figure is null.
 * A consolidation keeps its figures this way (each `TownshipFigures` reads its slot), and a
 * stage that scans all 200,000 figures of a county reads the columns instead of the objects.
 */
export interface FigureNumbers {
  readonly townships: readonly string[];
  readonly current: ArrayLike<number>;
  readonly previous: ArrayLike<number>;
  readonly growthPct: ArrayLike<number>;
}

const NUMBERS = new WeakMap<readonly TownshipFigures[], FigureNumbers>();

/**
 * Records that `figures` read their numbers from `numbers` (the consolidation does, for each
 * indicator's `townships`). The columns must not change afterwards.
 */
export function recordFigureNumbers(
  figures: readonly TownshipFigures[],
  numbers: FigureNumbers,
): void {
  NUMBERS.set(figures, numbers);
}

/**
 * The columns an indicator's `townships` read their numbers from, or undefined for figures
 * made some other way (by hand, or read back from JSON): read the objects then.
 *
 * @example
 * figureNumbers(indicator.townships)?.current[0] // the first township's 本期, NaN for none
 */
export function figureNumbers(figures: readonly TownshipFigures[]): FigureNumbers | undefined {
  return NUMBERS.get(figures);
}
