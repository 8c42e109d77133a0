import type { AuditInput } from './audit-input';
import type { Finding } from './finding';
import type { AuditRule, RowVisitor } from './rule';
import type { AuditSettings } from './settings';
import { visitRows } from './support/visit-rows';

/** A row-by-row rule as written: everything but `run`, which `rowRule` derives. */
export type RowRuleSpec = Omit<AuditRule, 'run' | 'rows'> & {
  rows(input: AuditInput, settings: AuditSettings): RowVisitor | null;
};

/**
 * A rule that checks sheets row by row: `runAudit` runs its visitor in the pass shared by
 * all such rules, and its `run` makes a pass of its own (for tests and single-rule use),
 * with the same findings in the same order.
 *
 * @example
 * export const unitUnknownRule = rowRule({
 *   code: 'completeness.unit-unknown',
 *   defaultLevel: 'verify',
 *   describe: 'audit.rule.completeness.unit-unknown',
 *   settings: [],
 *   rows: () => ({ sheet: (table) => (row, findings) => { … } }),
 * });
 */
export function rowRule(spec: RowRuleSpec): AuditRule {
  return {
    ...spec,
    run(input, settings) {
      const findings: Finding[] = [];
      const visitor = spec.rows(input, settings);
      if (visitor !== null) visitRows(input.consolidation, [visitor], [findings]);
      return findings;
    },
  };
}
