import { finding } from '../finding';
import type { AuditRule } from '../rule';
import { rowRule } from '../row-rule';
import { locate } from '../support/locate';

/**
 * 单位: a unit written but not recognised, so the row cannot be converted (核实).
 *
 * @example
 * unitUnknownRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
 */
export const unitUnknownRule: AuditRule = rowRule({
  code: 'completeness.unit-unknown',
  defaultLevel: 'verify',
  describe: 'audit.rule.completeness.unit-unknown',
  settings: [],
  rows: () => ({
    sheet: (table) => (row, findings) => {
      if (row.unit !== null || row.unitText === null) return;
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
    },
  }),
});
