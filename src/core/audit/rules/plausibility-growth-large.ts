import type { IndicatorRow } from '../../model/table';
import { finding } from '../finding';
import type { AuditRule } from '../rule';
import { rowRule } from '../row-rule';
import type { AuditSettings } from '../settings';
import { locate } from '../support/locate';
import { epsilonFor } from '../support/precision';
import { sheetGrowths } from '../support/row-growth';
import { shownPercent } from '../support/shown-percent';

/**
 * The growth threshold of each row: its indicator's by key, else by name (setting
 * `growthThresholds`, own keys only), else the general one. Without per-indicator
 * thresholds (the usual case) that is the general one for every row, with no lookup.
 */
function thresholds(settings: AuditSettings): (row: IndicatorRow) => number {
  const { growthThresholds: byIndicator, growthThresholdPct: general } = settings;
  if (Object.keys(byIndicator).length === 0) return () => general;
  const own = (name: string) => (Object.hasOwn(byIndicator, name) ? byIndicator[name] : undefined);
  return (row) => own(row.key) ?? own(row.name) ?? general;
}

/** A count or head-count row whose 本期 and 上年同期 differ by fewer units than the setting. */
function isSmallCountChange(row: IndicatorRow, settings: AuditSettings): boolean {
  const family = row.unit?.family;
  if (family !== 'count' && family !== 'people') return false;
  const { current, previous } = row.values;
  if (current === undefined || previous === undefined) return false;
  return Math.abs(current - previous) < settings.growthMinCountChange;
}

/**
 * 合理性: |growth| above the threshold (50% by default; per indicator by key or name in
 * `growthThresholds`) is to be verified (核实). The growth is computed from 本期 and 上年同期
 * when both are there, else the reported one is used. Not reported: a change of sign
 * (plausibility.sign-flip says it), and counts or head counts that moved by fewer than
 * `growthMinCountChange` units.
 *
 * @example
 * growthLargeRule.run({ consolidation }, { ...DEFAULT_AUDIT_SETTINGS, growthThresholdPct: 30 })
 */
export const growthLargeRule: AuditRule = rowRule({
  code: 'plausibility.growth-large',
  defaultLevel: 'verify',
  describe: 'audit.rule.plausibility.growth-large',
  settings: ['growthThresholdPct', 'growthThresholds', 'growthMinCountChange'],
  rows({ consolidation }, settings) {
    const thresholdFor = thresholds(settings);
    return {
      sheet: (table) => {
        const growths = sheetGrowths(consolidation, table);
        return (row, findings, at) => {
          if (row.nature !== 'additive') return;
          const { current, previous } = row.values;
          // A change of sign is plausibility.sign-flip's finding, not a growth rate's.
          if ((current ?? 0) < 0 || (previous ?? 0) < 0) return;
          if (isSmallCountChange(row, settings)) return;
          // The growth from 本期 and 上年同期; with no 上年同期, the reported one.
          const computed = growths[at] as number;
          let pct: number | null = Number.isNaN(computed) ? null : computed;
          if (pct === null && previous === undefined) pct = row.values.growth ?? null;
          if (pct === null) return;
          const threshold = thresholdFor(row);
          if (Math.abs(pct) <= threshold + epsilonFor(pct)) return;
          findings.push(
            finding({
              rule: 'plausibility.growth-large',
              code: pct > 0 ? 'audit.growth-large-up' : 'audit.growth-large-down',
              level: 'verify',
              location: locate(table, row, row.cells.growth !== undefined ? 'growth' : 'current'),
              expected: null,
              actual: shownPercent(pct),
              params: { threshold, abs: shownPercent(Math.abs(pct)) },
            }),
          );
        };
      },
    };
  },
});
