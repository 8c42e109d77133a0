import type { Issue } from '../diagnostics/issue';
import type { Consolidation } from '../model/consolidation';
import type { AuditInput } from './audit-input';
import type { Finding } from './finding';
import { AUDIT_RULES } from './registry';
import type { AuditRule, RowVisitor } from './rule';
import { inputNoticeRule } from './rules/input-notice';
import { resolveAuditSettings, type AuditSettings } from './settings';
import { sheetKeyOf, sortFindings } from './sort-findings';
import { visitRows } from './support/visit-rows';

/**
 * Each enabled rule's findings, in rule order. Row-by-row rules (those with `rows`) share
 * one pass over the rows, each filling its own list; the others run on their own.
 */
function findingsByRule(
  input: AuditInput,
  settings: AuditSettings,
  rules: readonly AuditRule[],
): Finding[][] {
  const byRule: Finding[][] = [];
  const visitors: RowVisitor[] = [];
  const visited: Finding[][] = [];
  for (const rule of rules) {
    if (!rule.rows) {
      byRule.push(rule.run(input, settings));
      continue;
    }
    const findings: Finding[] = [];
    byRule.push(findings);
    const visitor = rule.rows(input, settings);
    if (visitor === null) continue;
    visitors.push(visitor);
    visited.push(findings);
  }
  if (visitors.length > 0) visitRows(input.consolidation, visitors, visited);
  return byRule;
}

/**
 * Runs every rule of the registry that is not switched off, applies the level overrides
 * (to findings at the rule's default level: rounding notes stay 提示) and sorts the
 * findings: errors first, then 核实, then 提示; within a level by sheet (reported totals
 * first, then townships in input order) and cell. Source data is never changed.
 *
 * @example
 * const findings = runAudit({ consolidation: consolidate(tables) });
 * findings.filter((f) => f.level === 'error').length // 0 for a clean workbook
 */
export function runAudit(
  input: AuditInput,
  settings: Partial<AuditSettings> = {},
  rules: readonly AuditRule[] = AUDIT_RULES,
): Finding[] {
  const resolved = resolveAuditSettings(settings);
  const disabled = new Set<string>(resolved.disabledRules);
  const enabled = rules.filter((rule) => !disabled.has(rule.code));
  const findings: Finding[] = [];
  findingsByRule(input, resolved, enabled).forEach((found, i) => {
    const rule = enabled[i] as AuditRule;
    const override = resolved.levels[rule.code];
    for (const f of found) {
      findings.push(
        override !== undefined && f.level === rule.defaultLevel ? { ...f, level: override } : f,
      );
    }
  });
  return sortFindings(findings, sheetOrderOf(input.consolidation));
}

/** Reported totals first, then townships in input order. */
function sheetOrderOf(consolidation: Consolidation): string[] {
  return [...consolidation.reportedTotals, ...consolidation.tables].map((t) =>
    sheetKeyOf(t.file, t.sheet),
  );
}

/**
 * The findings with those of notices found after the audit (the narrative's: a paragraph
 * left out for want of data) added as `input.notice` findings, sorted as `runAudit` sorts;
 * the same findings when there are none or the rule is switched off.
 *
 * @example
 * withLaterNotices(findings, narrative.issues, consolidation, settings)
 */
export function withLaterNotices(
  findings: readonly Finding[],
  notices: readonly Issue[],
  consolidation: Consolidation,
  settings: Partial<AuditSettings> = {},
): readonly Finding[] {
  const more = runAudit({ consolidation, parseIssues: notices }, settings, [inputNoticeRule]);
  if (more.length === 0) return findings;
  return sortFindings([...findings, ...more], sheetOrderOf(consolidation));
}
