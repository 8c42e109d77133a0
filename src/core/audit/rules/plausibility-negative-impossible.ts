import { finding, type Finding } from '../finding';
import type { AuditRule } from '../rule';
import { auditedTables } from '../support/audited-tables';
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
export const negativeImpossibleRule: AuditRule = {
  code: 'plausibility.negative-impossible',
  defaultLevel: 'verify',
  describe: 'audit.rule.plausibility.negative-impossible',
  settings: ['signedIndicatorPatterns'],
  run({ consolidation }, settings) {
    const findings: Finding[] = [];
    const signed = signedMatcher(settings.signedIndicatorPatterns);
    for (const table of auditedTables(consolidation)) {
      for (const row of table.rows) {
        if (row.nature !== 'additive') continue;
        if (signed(row)) continue;
        for (const column of COLUMNS) {
          const actual = row.values[column];
          if (actual === undefined || actual >= 0) continue;
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
      }
    }
    return findings;
  },
};
