import { finding, type Finding } from '../finding';
import type { AuditRule } from '../rule';
import { indicatorsByKey } from '../support/indicator-index';
import { locate, locateSheet } from '../support/locate';
import { rowsByKey } from '../support/table-index';

/**
 * 表间: an indicator in a total sheet that no township reports, or one the townships
 * report that the total sheet lacks (核实). A total sheet that matches no indicator at all
 * is left to the consolidation's notice (consolidate.total-unmatched).
 *
 * @example
 * totalUnmatchedRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
 */
export const totalUnmatchedRule: AuditRule = {
  code: 'inter.total-unmatched',
  defaultLevel: 'verify',
  describe: 'audit.rule.inter.total-unmatched',
  settings: [],
  run({ consolidation }) {
    const indicators = indicatorsByKey(consolidation);
    const findings: Finding[] = [];
    for (const total of consolidation.reportedTotals) {
      const rows = rowsByKey(total);
      let matched = 0;
      for (const key of rows.keys()) if (indicators.has(key)) matched += 1;
      if (matched === 0) continue;
      for (const row of rows.values()) {
        if (indicators.has(row.key)) continue;
        findings.push(
          finding({
            rule: 'inter.total-unmatched',
            code: 'audit.total-only-indicator',
            level: 'verify',
            location: locate(total, row, 'label'),
          }),
        );
      }
      for (const indicator of consolidation.indicators) {
        if (rows.has(indicator.key)) continue;
        findings.push(
          finding({
            rule: 'inter.total-unmatched',
            code: 'audit.total-missing-indicator',
            level: 'verify',
            location: locateSheet(total, indicator.name),
            params: { count: indicator.townships.length },
          }),
        );
      }
    }
    return findings;
  },
};
