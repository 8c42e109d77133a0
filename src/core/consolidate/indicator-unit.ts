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
  return chooseUnitOf(
    rows.map((row) => row.unit),
    rows.map((row) => row.unitText),
  );
}

/**
 * `chooseUnit` on the rows' units and unit texts as parallel arrays (what consolidation
 * holds per indicator).
 *
 * @example
 * chooseUnitOf([parseUnit('万元'), parseUnit('亿元'), parseUnit('万元')], [null, null, null])
 * // { unit: 万元, unitText: null }
 */
export function chooseUnitOf(
  units: readonly (Unit | null)[],
  texts: readonly (string | null)[],
): IndicatorUnit {
  const unanimous = unanimousUnit(units, texts);
  if (unanimous !== undefined) return unanimous;
  const votes = new Map<string, { count: number; unit: IndicatorUnit }>();
  for (let i = 0; i < units.length; i++) {
    const row = { unit: units[i] ?? null, unitText: texts[i] ?? null };
    const id = unitIdentity(row);
    if (id === null) continue;
    const vote = votes.get(id);
    if (vote) vote.count++;
    else votes.set(id, { count: 1, unit: row });
  }
  let best: { count: number; unit: IndicatorUnit } | null = null;
  for (const vote of votes.values()) if (best === null || vote.count > best.count) best = vote;
  if (best === null) return { unit: null, unitText: null };
  return best.unit.unit !== null
    ? { unit: best.unit.unit, unitText: null }
    : { unit: null, unitText: best.unit.unitText };
}

function hasUnit(unit: Unit | null, text: string | null): boolean {
  return unit !== null || (text !== null && text !== '');
}

/**
 * The common case of `chooseUnitOf` without building identities: every row that has a unit
 * has the same one (or none has one). Undefined when the rows disagree.
 */
function unanimousUnit(
  units: readonly (Unit | null)[],
  texts: readonly (string | null)[],
): IndicatorUnit | undefined {
  let voter = -1;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] ?? null;
    const text = texts[i] ?? null;
    if (!hasUnit(unit, text)) continue;
    if (voter === -1) {
      voter = i;
      continue;
    }
    const first = units[voter] ?? null;
    const same =
      first !== null || unit !== null
        ? first !== null && unit !== null && first.symbol === unit.symbol
        : text === texts[voter];
    if (!same) return undefined;
  }
  if (voter === -1) return { unit: null, unitText: null };
  const unit = units[voter] ?? null;
  return unit !== null ? { unit, unitText: null } : { unit: null, unitText: texts[voter] ?? null };
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
