import type { ConsolidatedIndicator, Consolidation } from '../../model/consolidation';
import type { IndicatorRow, StatTable } from '../../model/table';
import type { Unit } from '../../model/unit';
import { finding, type Finding } from '../finding';
import type { AuditRule, RowCheck } from '../rule';
import { rowRule } from '../row-rule';
import type { AuditSettings } from '../settings';
import { columnName, locate } from '../support/locate';
import { figureArrays, type IndicatorFigures } from '../support/figure-arrays';
import { indicatorsByKey } from '../support/indicator-index';
import { median, medianInPlace } from '../support/median';
import { unitRatio } from '../support/convert';

/** Whether a ratio looks like a 元/万元 slip: about 10,000 or 1/10,000. */
function isSlip(ratio: number, settings: AuditSettings): boolean {
  const { unitSlipMinRatio: min, unitSlipMaxRatio: max } = settings;
  return (ratio >= min && ratio <= max) || (ratio >= 1 / max && ratio <= 1 / min);
}

function cellKey(ref: { readonly file?: string; readonly sheet: string; readonly cell: string }) {
  return `${ref.file ?? ''}|${ref.sheet}|${ref.cell}`;
}

/** The peers' typical 本期 and 上年同期 of an indicator, in the indicator's unit. */
interface PeerLevels {
  readonly unit: Unit | null;
  readonly current: number | null;
  readonly previous: number | null;
}

/** The median of the positive values (null when none is). */
function positiveMedian(values: readonly (number | null)[]): number | null {
  const positive: number[] = [];
  for (const value of values) if (value !== null && value > 0) positive.push(value);
  return median(positive);
}

/**
 * The peers' levels of an indicator by key (undefined for a key no township reports),
 * worked out when a slip first asks for them: a clean county has no slip, and the medians
 * of every indicator would cost more than the whole row check.
 */
function peerLevels(consolidation: Consolidation): (key: string) => PeerLevels | undefined {
  const levels = new Map<string, PeerLevels>();
  return (key) => {
    const known = levels.get(key);
    if (known) return known;
    const indicator = indicatorsByKey(consolidation).get(key);
    if (!indicator) return undefined;
    const level: PeerLevels = {
      unit: indicator.unit,
      current: positiveMedian(indicator.townships.map((t) => t.current)),
      previous: positiveMedian(indicator.townships.map((t) => t.previous)),
    };
    levels.set(key, level);
    return level;
  };
}

/**
 * Which of 本期 and 上年同期 slipped: the one further (by ratio) from what the other
 * townships report in the same column. A total sheet is compared with the sums. Without
 * peers, 本期: this period's entry is the one being typed now.
 */
function slippedColumn(
  table: StatTable,
  row: IndicatorRow,
  consolidation: Consolidation,
  peers: (key: string) => PeerLevels | undefined,
): 'current' | 'previous' {
  const indicator =
    table.role === 'total' ? indicatorsByKey(consolidation).get(row.key) : undefined;
  const typical =
    indicator !== undefined
      ? { unit: indicator.unit, current: indicator.current, previous: indicator.previous }
      : peers(row.key);
  if (typical === undefined) return 'current';
  const factor = unitRatio(row.unit, typical.unit);
  const distance = (value: number | undefined, reference: number | null): number | null => {
    if (
      value === undefined ||
      value <= 0 ||
      reference === null ||
      reference <= 0 ||
      factor === null
    ) {
      return null;
    }
    return Math.abs(Math.log10((value * factor) / reference));
  };
  const offNow = distance(row.values.current, typical.current);
  const offBefore = distance(row.values.previous, typical.previous);
  if (offNow === null || offBefore === null) return 'current';
  return offBefore > offNow ? 'previous' : 'current';
}

/**
 * 本期 against 上年同期 in the same row, in every sheet; the finding is on the slipped cell.
 * A sheet's row check, for the shared row pass.
 */
function againstLastYear(
  consolidation: Consolidation,
  settings: AuditSettings,
): (table: StatTable) => RowCheck {
  const peers = peerLevels(consolidation);
  return (table) => (row, findings) => {
    const { current, previous } = row.values;
    if (current === undefined || previous === undefined || current <= 0 || previous <= 0) {
      return;
    }
    const ratio = current / previous;
    if (!isSlip(ratio, settings)) return;
    const column = slippedColumn(table, row, consolidation, peers);
    const other = column === 'current' ? 'previous' : 'current';
    findings.push(
      finding({
        rule: 'plausibility.unit-slip',
        code: column === 'current' ? 'audit.unit-slip-previous' : 'audit.unit-slip-current',
        level: 'verify',
        location: locate(table, row, column),
        expected: null,
        actual: row.values[column] ?? null,
        params: {
          column: columnName(table, column),
          [other]: row.values[other] ?? null,
          ratio: Math.round(ratio >= 1 ? ratio : 1 / ratio),
        },
      }),
    );
  };
}

/**
 * An indicator compared with the peers: its median, and where its positive 本期 are in
 * the arrays of `PeerFigures`.
 */
interface Compared {
  readonly indicator: ConsolidatedIndicator;
  readonly mid: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The positive 本期 of the indicators compared with the peers (additive ones with a
 * positive 本期 in at least `unitSlipMinPeers` townships), indicator after indicator: each
 * value, its place in `indicator.townships` and its township's slot.
 */
interface PeerFigures {
  readonly compared: readonly Compared[];
  readonly values: Float64Array;
  readonly at: Int32Array;
  readonly slots: Int32Array;
  readonly townships: number;
}

function peerFigures(consolidation: Consolidation, settings: AuditSettings): PeerFigures {
  const { slotOf, indicators } = figureArrays(consolidation);
  let total = 0;
  let most = 0;
  for (const { current } of indicators) {
    total += current.length;
    most = Math.max(most, current.length);
  }
  const values = new Float64Array(total);
  const at = new Int32Array(total);
  const slots = new Int32Array(total);
  const scratch = new Float64Array(most);
  const compared: Compared[] = [];
  let end = 0;
  for (let i = 0; i < indicators.length; i++) {
    const indicator = consolidation.indicators[i] as ConsolidatedIndicator;
    if (indicator.nature !== 'additive') continue;
    const { current, slot } = indicators[i] as IndicatorFigures;
    const start = end;
    for (let k = 0; k < current.length; k++) {
      const value = current[k] as number;
      if (!(value > 0)) continue; // null (NaN), zero or negative
      values[end] = value;
      at[end] = k;
      slots[end] = slot[k] as number;
      end++;
    }
    const count = end - start;
    let mid: number | null = null;
    if (count >= settings.unitSlipMinPeers) {
      scratch.set(values.subarray(start, end));
      mid = medianInPlace(scratch.subarray(0, count));
    }
    if (mid === null || mid <= 0) end = start;
    else compared.push({ indicator, mid, start, end });
  }
  return { compared, values, at, slots, townships: slotOf.size };
}

/**
 * Each township's size: the median of its values over the indicators' medians (1 with
 * fewer than 3 of them), by slot.
 */
function townshipSizes(peers: PeerFigures): Float64Array {
  const { compared, values, slots, townships } = peers;
  // The quotients grouped by township in one array: slot s has first[s] to first[s + 1].
  const first = new Int32Array(townships + 1);
  for (const { start, end } of compared) {
    for (let k = start; k < end; k++) {
      const slot = slots[k] as number;
      first[slot + 1] = (first[slot + 1] as number) + 1;
    }
  }
  for (let slot = 0; slot < townships; slot++) {
    first[slot + 1] = (first[slot + 1] as number) + (first[slot] as number);
  }
  const relatives = new Float64Array(first[townships] as number);
  const next = first.slice(0, townships);
  for (const { mid, start, end } of compared) {
    for (let k = start; k < end; k++) {
      const slot = slots[k] as number;
      const i = next[slot] as number;
      relatives[i] = (values[k] as number) / mid;
      next[slot] = i + 1;
    }
  }
  const sizes = new Float64Array(townships);
  for (let slot = 0; slot < townships; slot++) {
    const own = relatives.subarray(first[slot], first[slot + 1]);
    sizes[slot] = own.length >= 3 ? (medianInPlace(own) ?? 1) : 1;
  }
  return sizes;
}

/**
 * 本期 against the other townships, per unit of size: each value is divided by the
 * indicator's median, then by the township's size (the median of those quotients over
 * all its indicators), so a large township is not taken for a slip; O(townships ×
 * indicators). The figures are read once; sizes, then findings, come from what was read.
 *
 * A figure is reported at the cell it came from, and one without a cell is not reported.
 * The cell is looked up only for a figure found to slip (`sources` is worked out on
 * access): a consolidation's positive 本期 always has its cell, as it was read from one.
 */
function againstPeers(consolidation: Consolidation, settings: AuditSettings): Finding[] {
  const peers = peerFigures(consolidation, settings);
  const sizes = townshipSizes(peers);
  const { values, at, slots } = peers;
  const findings: Finding[] = [];
  for (const { indicator, mid, start, end } of peers.compared) {
    for (let k = start; k < end; k++) {
      const value = values[k] as number;
      const size = sizes[slots[k] as number] as number;
      const ratio = value / mid / size;
      if (!isSlip(ratio, settings)) continue;
      const source = indicator.townships[at[k] as number]?.sources.current;
      if (source === undefined) continue;
      const { file, sheet, cell } = source;
      findings.push(
        finding({
          rule: 'plausibility.unit-slip',
          code: 'audit.unit-slip-peers',
          level: 'verify',
          location: {
            ...(file !== undefined ? { file } : {}),
            sheet,
            cell,
            indicator: indicator.name,
          },
          expected: mid * size,
          actual: value,
          params: { ratio: Math.round(ratio >= 1 ? ratio : 1 / ratio) },
        }),
      );
    }
  }
  return findings;
}

/**
 * 合理性: a value about 10,000 times off (a 元/万元 slip: ratio between 5,000 and 20,000,
 * or its inverse; settings `unitSlipMinRatio`, `unitSlipMaxRatio`) from last year's value in
 * the same row, or from the other townships' median per unit of size (at least
 * `unitSlipMinPeers` townships) (核实). A cell found both ways is listed once.
 *
 * @example
 * unitSlipRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
 */
export const unitSlipRule: AuditRule = rowRule({
  code: 'plausibility.unit-slip',
  defaultLevel: 'verify',
  describe: 'audit.rule.plausibility.unit-slip',
  settings: ['unitSlipMinRatio', 'unitSlipMaxRatio', 'unitSlipMinPeers'],
  rows({ consolidation }, settings) {
    return {
      sheet: againstLastYear(consolidation, settings),
      // The rows gave the findings against last year; the peers' come after them.
      end(findings) {
        const seen = new Set(findings.map((f) => cellKey(f.location)));
        for (const found of againstPeers(consolidation, settings)) {
          if (!seen.has(cellKey(found.location))) findings.push(found);
        }
      },
    };
  },
});
