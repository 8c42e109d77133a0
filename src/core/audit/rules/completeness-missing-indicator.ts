import { townshipCount } from '../../model/figure-numbers';
import { finding, type Finding } from '../finding';
import type { AuditRule } from '../rule';
import { locateSheet } from '../support/locate';
import { tablesByUnitName } from '../support/table-index';

/**
 * 完整性: a township lacking an indicator that more than half (setting
 * `missingIndicatorShare`) of the other townships report (核实), pointed at the sheet's
 * 指标名称 header cell.
 *
 * @example
 * missingIndicatorRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
 */
export const missingIndicatorRule: AuditRule = {
  code: 'completeness.missing-indicator',
  defaultLevel: 'verify',
  describe: 'audit.rule.completeness.missing-indicator',
  settings: ['missingIndicatorShare'],
  run({ consolidation }, settings) {
    const tables = tablesByUnitName(consolidation.tables);
    const total = consolidation.townships.length;
    const findings: Finding[] = [];
    for (const indicator of consolidation.indicators) {
      const count = townshipCount(indicator);
      const others = total - 1;
      if (indicator.missingIn.length === 0 || count <= others * settings.missingIndicatorShare) {
        continue;
      }
      for (const township of indicator.missingIn) {
        const table = tables.get(township);
        if (!table) continue;
        findings.push(
          finding({
            rule: 'completeness.missing-indicator',
            code: 'audit.missing-indicator',
            level: 'verify',
            location: locateSheet(table, indicator.name),
            params: { count, total },
          }),
        );
      }
    }
    return findings;
  },
};
