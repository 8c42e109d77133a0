import type {
  ConsolidatedIndicator,
  Consolidation,
  TownshipFigures,
} from '../../model/consolidation';
import type { CellRef, IndicatorRow, StatTable } from '../../model/table';
import type { Unit } from '../../model/unit';
import { finding, type Finding } from '../finding';
import type { AuditRule } from '../rule';
import type { AuditSettings } from '../settings';
import { auditedTables } from '../support/audited-tables';
import { columnName, locate } from '../support/locate';
import { indicatorsByKey } from '../support/indicator-index';
import { median } from '../support/median';
import { unitRatio } from '../support/convert';

/** Whether a ratio looks like a 元/万元 slip: about 10,000 or 1/10,000. */
function isSlip(ratio: number, settings: AuditSettings): boolean {
  const { unitSlipMinRatio: min, unitSlipMaxRatio: max } = settings;
  return (ratio >= min && ratio <= max) || (ratio >= 1 / max && ratio <= 1 / min);
}

function cellKey(ref: { readonly file?: string; readonly sheet: string; readonly cell: string }) {
  return `${ref.file ?? ''}|${ref.sheet}|${ref.cell}`;
}

/** The peers' typical 本期 and 上年同期 of each indicator, in the indicator's unit. */
interface PeerLevels {
  readonly unit: Unit | null;
  readonly current: number | null;
  readonly previous: number | null;
}

function peerLevels(consolidation: Consolidation): Map<string, PeerLevels> {
  const levels = new Map<string, PeerLevels>();
  for (const indicator of consolidation.indicators) {
    const positive = (values: (number | null)[]) =>
      median(values.filter((v): v is number => v !== null && v > 0));
    levels.set(indicator.key, {
      unit: indicator.unit,
      current: positive(indicator.townships.map((t) => t.current)),
      previous: positive(indicator.townships.map((t) => t.previous)),
    });
  }
  return levels;
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
  peers: Map<string, PeerLevels>,
): 'current' | 'previous' {
  const level = peers.get(row.key);
  const indicator =
    table.role === 'total' ? indicatorsByKey(consolidation).get(row.key) : undefined;
  const typical =
    indicator !== undefined
      ? { unit: indicator.unit, current: indicator.current, previous: indicator.previous }
      : level;
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

/** 本期 against 上年同期 in the same row, in every sheet; the finding is on the slipped cell. */
function againstLastYear(consolidation: Consolidation, settings: AuditSettings): Finding[] {
  const findings: Finding[] = [];
  const peers = peerLevels(consolidation);
  for (const table of auditedTables(consolidation)) {
    for (const row of table.rows) {
      const { current, previous } = row.values;
      if (current === undefined || previous === undefined || current <= 0 || previous <= 0) {
        continue;
      }
      const ratio = current / previous;
      if (!isSlip(ratio, settings)) continue;
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
    }
  }
  return findings;
}

/** A township's 本期 that takes part in the peer comparison: positive, with its cell. */
function peerFigure(figures: TownshipFigures): boolean {
  return figures.current !== null && figures.current > 0 && figures.sources.current !== undefined;
}

/**
 * 本期 against the other townships, per unit of size: each value is divided by the
 * indicator's median, then by the township's size (the median of those quotients over
 * all its indicators), so a large township is not taken for a slip; O(townships ×
 * indicators). Two passes over the figures (sizes, then findings) instead of a list of
 * every township's figure.
 */
function againstPeers(consolidation: Consolidation, settings: AuditSettings): Finding[] {
  // Per indicator: the median of the positive 本期, or null when it is not compared.
  const medians: (number | null)[] = [];
  const relativesByTownship = new Map<string, number[]>();
  for (const indicator of consolidation.indicators) {
    const mid = peerMedian(indicator, settings);
    medians.push(mid);
    if (mid === null) continue;
    for (const figures of indicator.townships) {
      if (!peerFigure(figures)) continue;
      const relative = (figures.current as number) / mid;
      const list = relativesByTownship.get(figures.township);
      if (list) list.push(relative);
      else relativesByTownship.set(figures.township, [relative]);
    }
  }
  const sizes = new Map<string, number>();
  for (const [township, relatives] of relativesByTownship) {
    sizes.set(township, relatives.length >= 3 ? (median(relatives) ?? 1) : 1);
  }
  const findings: Finding[] = [];
  consolidation.indicators.forEach((indicator, index) => {
    const mid = medians[index] ?? null;
    if (mid === null) return;
    for (const figures of indicator.townships) {
      if (!peerFigure(figures)) continue;
      const value = figures.current as number;
      const size = sizes.get(figures.township) ?? 1;
      const ratio = value / mid / size;
      if (!isSlip(ratio, settings)) continue;
      const { file, sheet, cell } = figures.sources.current as CellRef;
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
  });
  return findings;
}

/**
 * The median of an additive indicator's positive 本期 over the townships, or null when it
 * is not compared (non-additive, fewer than `unitSlipMinPeers` townships, no positive median).
 */
function peerMedian(indicator: ConsolidatedIndicator, settings: AuditSettings): number | null {
  if (indicator.nature !== 'additive') return null;
  const positive: number[] = [];
  for (const t of indicator.townships)
    if (t.current !== null && t.current > 0) positive.push(t.current);
  if (positive.length < settings.unitSlipMinPeers) return null;
  const mid = median(positive);
  return mid === null || mid <= 0 ? null : mid;
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
export const unitSlipRule: AuditRule = {
  code: 'plausibility.unit-slip',
  defaultLevel: 'verify',
  describe: 'audit.rule.plausibility.unit-slip',
  settings: ['unitSlipMinRatio', 'unitSlipMaxRatio', 'unitSlipMinPeers'],
  run({ consolidation }, settings) {
    const findings = againstLastYear(consolidation, settings);
    const seen = new Set(findings.map((f) => cellKey(f.location)));
    for (const found of againstPeers(consolidation, settings)) {
      if (!seen.has(cellKey(found.location))) findings.push(found);
    }
    return findings;
  },
};
