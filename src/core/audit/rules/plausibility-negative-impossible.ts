import { finding } from '../finding';
import type { AuditRule } from '../rule';
import { rowRule } from '../row-rule';
import { columnName, locate } from '../support/locate';
import { signedMatcher } from '../support/signed-indicator';

const COLUMNS = ['current', 'previous', 'target'] as const;

/**
 * 合理性: a negative 本期, 上年同期 or 全年目标 where it is impossible: every additive
 * indicator (output, sales, counts, people, areas…) except those that may be negative
 * (利润, 利税, 盈亏, 净…; setting `signedIndicatorPatterns`) (核实).
 *
 * @example
 * negativeImpossibleRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
 */
export const negativeImpossibleRule: AuditRule = rowRule({
  code: 'plausibility.negative-impossible',
  defaultLevel: 'verify',
  describe: 'audit.rule.plausibility.negative-impossible',
  settings: ['signedIndicatorPatterns'],
  rows(_input, settings) {
    const signed = signedMatcher(settings.signedIndicatorPatterns);
    return {
      sheet: (table) => (row, findings) => {
        if (row.nature !== 'additive') return;
        const { current = 0, previous = 0, target = 0 } = row.values;
        if (current >= 0 && previous >= 0 && target >= 0) return; // nearly every row
        for (const column of COLUMNS) {
          const actual = row.values[column];
          if (actual === undefined || actual >= 0) continue;
          // The name is matched only for a row with a negative figure.
          if (signed(row)) return;
          findings.push(
            finding({
              rule: 'plausibility.negative-impossible',
              code: 'audit.negative-impossible',
              level: 'verify',
              location: locate(table, row, column),
              expected: null,
              actual,
              params: { column: columnName(table, column) },
            }),
          );
        }
      },
    };
  },
});
