import { finding, type Finding } from '../finding';
import type { AuditRule } from '../rule';
import { auditedTables } from '../support/audited-tables';
import { locate } from '../support/locate';

/**
 * 单位: a unit written but not recognised, so the row cannot be converted (核实).
 *
 * @example
 * unitUnknownRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
 */
export const unitUnknownRule: AuditRule = {
  code: 'completeness.unit-unknown',
  defaultLevel: 'verify',
  describe: 'audit.rule.completeness.unit-unknown',
  settings: [],
  run({ consolidation }) {
    const findings: Finding[] = [];
    for (const table of auditedTables(consolidation)) {
      for (const row of table.rows) {
        if (row.unit !== null || row.unitText === null) continue;
        findings.push(
          finding({
            rule: 'completeness.unit-unknown',
            code: 'audit.unit-unknown',
            level: 'verify',
            location: locate(table, row, 'unit'),
            expected: null,
            actual: row.unitText,
            params: { unit: row.unitText },
          }),
        );
      }
    }
    return findings;
  },
};
