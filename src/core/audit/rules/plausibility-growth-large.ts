import type { IndicatorRow } from '../../model/table';
import { finding, type Finding } from '../finding';
import type { AuditRule } from '../rule';
import type { AuditSettings } from '../settings';
import { auditedTables } from '../support/audited-tables';
import { locate } from '../support/locate';
import { epsilonFor } from '../support/precision';
import { rowGrowth } from '../support/row-growth';
import { shownPercent } from '../support/shown-percent';

function thresholdFor(row: IndicatorRow, settings: AuditSettings): number {
  return (
    settings.growthThresholds[row.key] ??
    settings.growthThresholds[row.name] ??
    settings.growthThresholdPct
  );
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
export const growthLargeRule: AuditRule = {
  code: 'plausibility.growth-large',
  defaultLevel: 'verify',
  describe: 'audit.rule.plausibility.growth-large',
  settings: ['growthThresholdPct', 'growthThresholds', 'growthMinCountChange'],
  run({ consolidation }, settings) {
    const findings: Finding[] = [];
    for (const table of auditedTables(consolidation)) {
      for (const row of table.rows) {
        if (row.nature !== 'additive') continue;
        const { current, previous } = row.values;
        // A change of sign is plausibility.sign-flip's finding, not a growth rate's.
        if ((current ?? 0) < 0 || (previous ?? 0) < 0) continue;
        if (isSmallCountChange(row, settings)) continue;
        const computed = rowGrowth(consolidation, table, row);
        const pct = computed ?? (previous === undefined ? (row.values.growth ?? null) : null);
        if (pct === null) continue;
        const threshold = thresholdFor(row, settings);
        if (Math.abs(pct) <= threshold + epsilonFor(pct)) continue;
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
      }
    }
    return findings;
  },
};
