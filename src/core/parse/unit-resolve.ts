import type { CellValue } from '../grid/cell';
import type { Unit } from '../model/unit';
import type { CellNumber } from './cell-number';
import { clean } from './cell-number';
import { parseUnitText } from './unit-text';

/** The unit that applies to a row, and where it came from. */
export interface RowUnit {
  readonly unit: Unit | null;
  /** The unit as written when it was not recognised (the row then has no unit). */
  readonly unknownText: string | null;
  readonly source: 'column' | 'label' | 'sheet' | null;
}

const UNIT_PLACEHOLDER = /^[-—–－/／\\…]+$/;
/** Unit column text -> its reading (shared: read-only), or null for a placeholder ("—"). */
const columnUnitCache = new Map<string, RowUnit | null>();

/** What a non-empty unit column text says, or null when it is a placeholder. */
function columnUnit(written: string): RowUnit | null {
  let rowUnit = columnUnitCache.get(written);
  if (rowUnit === undefined) {
    rowUnit = UNIT_PLACEHOLDER.test(written) ? null : readColumnUnit(written);
    if (columnUnitCache.size > 10_000) columnUnitCache.clear();
    columnUnitCache.set(written, rowUnit);
  }
  return rowUnit;
}

function readColumnUnit(written: string): RowUnit {
  const unit = parseUnitText(written);
  return unit === null
    ? { unit: null, unknownText: written, source: 'column' }
    : { unit, unknownText: null, source: 'column' };
}

/**
 * The row's unit: the unit column, else the label's "（万元）" suffix, else the sheet's
 * "单位：万元" line. A written but unknown unit gives `unknownText` and no unit. Results
 * from the unit column are shared between rows (they are read-only).
 *
 * @example
 * resolveRowUnit('万元', null, null) // { unit: { symbol: '万元', … }, unknownText: null, source: 'column' }
 * resolveRowUnit('斤斤', null, null) // { unit: null, unknownText: '斤斤', source: 'column' }
 */
export function resolveRowUnit(
  unitCell: CellValue | undefined,
  labelUnit: Unit | null,
  sheetUnit: Unit | null,
): RowUnit {
  const written =
    typeof unitCell === 'string'
      ? unitCell.trim()
      : typeof unitCell === 'number'
        ? String(unitCell)
        : '';
  const fromColumn = written === '' ? null : columnUnit(written);
  if (fromColumn !== null) return fromColumn;
  if (labelUnit !== null) return { unit: labelUnit, unknownText: null, source: 'label' };
  if (sheetUnit !== null) return { unit: sheetUnit, unknownText: null, source: 'sheet' };
  return { unit: null, unknownText: null, source: null };
}

/** A "1.2万" cell converted into the row's unit, or why it cannot be. */
export type MagnitudeResult =
  { readonly ok: true; readonly value: number } | { readonly ok: false };

/**
 * Converts a magnitude cell ("1.2万", "3.5亿", "1.2万元") into the row's unit. The magnitude
 * counts in the family's base unit: "1.2万" is 1.2 in a 万元 row and 12000 in a 元 or 家 row;
 * "1.2亿" is 12000 in a 万元 row. With no row unit, the value is taken in base units.
 *
 * @example
 * convertMagnitude({ kind: 'magnitude', value: 1.2, multiplier: 1e4, unitText: null, text: '1.2万' }, parseUnit('万元'))
 * // { ok: true, value: 1.2 }
 */
export function convertMagnitude(
  cell: Extract<CellNumber, { kind: 'magnitude' }>,
  rowUnit: Unit | null,
): MagnitudeResult {
  let factor = 1;
  if (cell.unitText !== null) {
    const written = parseUnitText(cell.unitText);
    if (written === null) return { ok: false };
    if (rowUnit !== null && written.family !== rowUnit.family) return { ok: false };
    if (
      rowUnit !== null &&
      (written.family === 'count' || written.family === 'compound' || written.family === 'other')
    ) {
      if (written.symbol !== rowUnit.symbol) return { ok: false };
    }
    factor = written.factor;
  }
  const base = cell.value * cell.multiplier * factor;
  const rowFactor = rowUnit !== null && isScaled(rowUnit) ? rowUnit.factor : 1;
  return { ok: true, value: clean(base / rowFactor) };
}

function isScaled(unit: Unit): boolean {
  return unit.family !== 'count' && unit.family !== 'compound' && unit.family !== 'other';
}
