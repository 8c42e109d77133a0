import { finding } from '../finding';
import type { AuditRule } from '../rule';
import { rowRule } from '../row-rule';
import { locate } from '../support/locate';

/**
 * A growth reported where 上年同期 is zero or negative, so that no growth can be computed
 * (核实: the narrative says 新增 or 扭亏为盈 instead).
 *
 * @example
 * growthBaseRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
 */
export const growthBaseRule: AuditRule = rowRule({
  code: 'growth.base-not-positive',
  defaultLevel: 'verify',
  describe: 'audit.rule.growth.base-not-positive',
  settings: [],
  rows: () => ({
    sheet: (table) => (row, findings) => {
      const actual = row.values.growth;
      const previous = row.values.previous;
      if (actual === undefined || previous === undefined || previous > 0) return;
      if (row.nature !== 'additive') return;
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
    },
  }),
});
