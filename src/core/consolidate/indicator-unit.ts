import type { IndicatorRow } from '../model/table';
import type { Unit } from '../model/unit';

/**
 * The unit an indicator is consolidated in: a known unit, unrecognised text, or none.
 *
 * @example
 * const inWan: IndicatorUnit = { unit: parseUnit('万元'), unitText: null };
 */
export interface IndicatorUnit {
  readonly unit: Unit | null;
  /** The unit as written when it was not recognised (the same text in every township). */
  readonly unitText: string | null;
}

/**
 * Identity of a row's unit: the symbol of a known unit, else the text as written.
 *
 * @example
 * unitIdentity({ unit: parseUnit('万元'), unitText: null }) // 'unit:万元'
 * unitIdentity({ unit: null, unitText: '斤斤' }) // 'text:斤斤'
 * unitIdentity({ unit: null, unitText: null }) // null
 */
export function unitIdentity(row: Pick<IndicatorRow, 'unit' | 'unitText'>): string | null {
  if (row.unit !== null) return `unit:${row.unit.symbol}`;
  if (row.unitText !== null && row.unitText !== '') return `text:${row.unitText}`;
  return null;
}

/**
 * The most common unit among the rows (rows without a unit do not vote); ties go to the
 * unit seen first, i.e. the first township's.
 *
 * @example
 * // three townships in 万元, one in 亿元
 * chooseUnit(rows) // { unit: 万元, unitText: null }
 */
export function chooseUnit(
  rows: readonly Pick<IndicatorRow, 'unit' | 'unitText'>[],
): IndicatorUnit {
  const unanimous = unanimousUnit(rows);
  if (unanimous !== undefined) return unanimous;
  const votes = new Map<string, { count: number; row: Pick<IndicatorRow, 'unit' | 'unitText'> }>();
  for (const row of rows) {
    const id = unitIdentity(row);
    if (id === null) continue;
    const vote = votes.get(id);
    if (vote) vote.count++;
    else votes.set(id, { count: 1, row });
  }
  let best: { count: number; row: Pick<IndicatorRow, 'unit' | 'unitText'> } | null = null;
  for (const vote of votes.values()) if (best === null || vote.count > best.count) best = vote;
  if (best === null) return { unit: null, unitText: null };
  return best.row.unit !== null
    ? { unit: best.row.unit, unitText: null }
    : { unit: null, unitText: best.row.unitText };
}

/** Whether two rows' units have the same `unitIdentity` (both without one: false). */
function sameIdentity(
  a: Pick<IndicatorRow, 'unit' | 'unitText'>,
  b: Pick<IndicatorRow, 'unit' | 'unitText'>,
): boolean {
  if (a.unit !== null || b.unit !== null) {
    return a.unit !== null && b.unit !== null && a.unit.symbol === b.unit.symbol;
  }
  return a.unitText !== null && a.unitText !== '' && a.unitText === b.unitText;
}

/**
 * The common case of `chooseUnit` without building identities: every row that has a unit
 * has the same one (or none has one). Undefined when the rows disagree.
 */
function unanimousUnit(
  rows: readonly Pick<IndicatorRow, 'unit' | 'unitText'>[],
): IndicatorUnit | undefined {
  let voter: Pick<IndicatorRow, 'unit' | 'unitText'> | null = null;
  for (const row of rows) {
    if (row.unit === null && (row.unitText === null || row.unitText === '')) continue;
    if (voter === null) voter = row;
    else if (!sameIdentity(voter, row)) return undefined;
  }
  if (voter === null) return { unit: null, unitText: null };
  return voter.unit !== null
    ? { unit: voter.unit, unitText: null }
    : { unit: null, unitText: voter.unitText };
}

/**
 * How to print a unit in a message.
 *
 * @example
 * unitLabel({ unit: parseUnit('亿元'), unitText: null }) // '亿元'
 */
export function unitLabel(unit: IndicatorUnit | Pick<IndicatorRow, 'unit' | 'unitText'>): string {
  return unit.unit?.symbol ?? unit.unitText ?? '';
}
