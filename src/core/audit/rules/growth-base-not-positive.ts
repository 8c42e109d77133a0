import { finding, type Finding } from '../finding';
import type { AuditRule } from '../rule';
import { auditedTables } from '../support/audited-tables';
import { locate } from '../support/locate';

/**
 * A growth reported where 上年同期 is zero or negative, so that no growth can be computed
 * (核实: the narrative says 新增 or 扭亏为盈 instead).
 *
 * @example
 * growthBaseRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
 */
export const growthBaseRule: AuditRule = {
  code: 'growth.base-not-positive',
  defaultLevel: 'verify',
  describe: 'audit.rule.growth.base-not-positive',
  settings: [],
  run({ consolidation }) {
    const findings: Finding[] = [];
    for (const table of auditedTables(consolidation)) {
      for (const row of table.rows) {
        const actual = row.values.growth;
        const previous = row.values.previous;
        if (actual === undefined || previous === undefined || previous > 0) continue;
        if (row.nature !== 'additive') continue;
        findings.push(
          finding({
            rule: 'growth.base-not-positive',
            code: 'audit.growth-base-not-positive',
            level: 'verify',
            location: locate(table, row, 'growth'),
            expected: null,
            actual,
            params: { previous },
          }),
        );
      }
    }
    return findings;
  },
};
