import type { IssueLevel } from '../diagnostics/issue';
import type { MessageCode } from '../diagnostics/messages.zh-CN';
import type { IndicatorRow, StatTable } from '../model/table';
import type { AuditInput } from './audit-input';
import type { Finding } from './finding';
import type { RuleCode } from './rule-code';
import type { AuditSettings } from './settings';

/**
 * A rule's check of one row of one sheet: pushes what it finds to `findings` (the rule's
 * own list, so findings stay grouped by rule). `at` is the row's index in `table.rows`,
 * for facts worked out once per sheet (`sheetIndex`, `sheetGrowth`).
 *
 * @example
 * const check: RowCheck = (row, findings) => {
 *   if ((row.values.current ?? 0) < 0) findings.push(finding({ … }));
 * };
 */
export type RowCheck = (row: IndicatorRow, findings: Finding[], at: number) => void;

/**
 * What a row-by-row rule does in the shared pass over every audited row (the way lint
 * rules register node visitors): per run the rule gives a visitor, per sheet the visitor
 * gives a row check (null: nothing to check in that sheet), and after the last row `end`
 * may add findings that need the whole consolidation.
 *
 * @example
 * const visitor: RowVisitor = {
 *   sheet: (table) => (table.role === 'total' ? null : (row, findings) => { … }),
 * };
 */
export interface RowVisitor {
  /** The row check for one sheet (reported totals first, then townships), or null. */
  sheet(table: StatTable): RowCheck | null;
  /** Called once after every row of every sheet, with the findings the rows gave. */
  end?(findings: Finding[]): void;
}

/**
 * One audit rule: a pure function from the consolidation to findings. A rule that checks
 * sheets row by row also gives `rows`, its part of the single pass `runAudit` makes over
 * all rows for all such rules; its `run` gives the same findings (see `rowRule`).
 *
 * @example
 * const rule: AuditRule = {
 *   code: 'plausibility.sign-flip',
 *   defaultLevel: 'verify',
 *   describe: 'audit.rule.plausibility.sign-flip',
 *   settings: ['signedIndicatorPatterns'],
 *   run: () => [],
 * };
 */
export interface AuditRule {
  readonly code: RuleCode;
  readonly defaultLevel: IssueLevel;
  /** Catalogue key of the rule's name, shown in the 规则 column. */
  readonly describe: MessageCode;
  /** The settings the rule reads. */
  readonly settings: readonly (keyof AuditSettings)[];
  run(input: AuditInput, settings: AuditSettings): Finding[];
  /** The rule's visitor for the shared row pass (null: nothing to check with these settings). */
  rows?(input: AuditInput, settings: AuditSettings): RowVisitor | null;
}
