import type { Issue } from '../diagnostics/issue';
import type { Consolidation } from '../model/consolidation';

/**
 * What the audit reads: the consolidation (township tables and reported totals inside it)
 * and, optionally, the parser's issues, some of which become findings (duplicate
 * indicators, text in a number cell).
 *
 * @example
 * const input: AuditInput = { consolidation: consolidate(tables) };
 */
export interface AuditInput {
  readonly consolidation: Consolidation;
  readonly parseIssues?: readonly Issue[];
}
