import type { Consolidation } from '../../model/consolidation';
import type { IndicatorRow } from '../../model/table';
import type { Finding } from '../finding';
import type { RowCheck, RowVisitor } from '../rule';
import { auditedTables } from './audited-tables';

/**
 * Walks every audited row once (reported totals first, then townships; rows in sheet
 * order) and calls each visitor's check for it, each with its own findings list
 * (`findings[i]` for `visitors[i]`, one per visitor); then each visitor's `end`. One pass
 * for all the row-by-row rules: a row's values are read while they are in the cache, not
 * once per rule.
 *
 * @example
 * const findings: Finding[][] = [[], []];
 * visitRows(consolidation, [unitUnknownVisitor, signFlipVisitor], findings);
 */
export function visitRows(
  consolidation: Consolidation,
  visitors: readonly RowVisitor[],
  findings: readonly Finding[][],
): void {
  const lists = visitors.map((_, i) => findings[i] ?? []);
  // The checks for the current sheet and their lists, side by side. Index loops: this runs
  // for every row, from the first one on, before the code is optimised.
  const checks: RowCheck[] = [];
  const into: Finding[][] = [];
  for (const table of auditedTables(consolidation)) {
    checks.length = 0;
    into.length = 0;
    visitors.forEach((visitor, i) => {
      const check = visitor.sheet(table);
      if (check === null) return;
      checks.push(check);
      into.push(lists[i] as Finding[]);
    });
    if (checks.length === 0) continue;
    const { rows } = table;
    for (let at = 0; at < rows.length; at++) {
      const row = rows[at] as IndicatorRow;
      for (let i = 0; i < checks.length; i++) {
        (checks[i] as RowCheck)(row, into[i] as Finding[], at);
      }
    }
  }
  visitors.forEach((visitor, i) => visitor.end?.(lists[i] as Finding[]));
}
