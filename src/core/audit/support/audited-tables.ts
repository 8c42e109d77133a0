import type { Consolidation } from '../../model/consolidation';
import type { StatTable } from '../../model/table';

/**
 * Every sheet the within-sheet rules check: the reported totals first, then the townships.
 *
 * @example
 * auditedTables(consolidation).map((t) => t.sheet) // ['合计', '东城镇', '西城镇']
 */
export function auditedTables(consolidation: Consolidation): StatTable[] {
  return [...consolidation.reportedTotals, ...consolidation.tables];
}
