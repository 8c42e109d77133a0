import type { AuditInput } from './audit-input';
import type { Finding } from './finding';
import { AUDIT_RULES } from './registry';
import type { AuditRule } from './rule';
import { resolveAuditSettings, type AuditSettings } from './settings';
import { sheetKeyOf, sortFindings } from './sort-findings';

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
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (disabled.has(rule.code)) continue;
    const override = resolved.levels[rule.code];
    for (const found of rule.run(input, resolved)) {
      findings.push(
        override !== undefined && found.level === rule.defaultLevel
          ? { ...found, level: override }
          : found,
      );
    }
  }
  const { consolidation } = input;
  const sheetOrder = [...consolidation.reportedTotals, ...consolidation.tables].map((t) =>
    sheetKeyOf(t.file, t.sheet),
  );
  return sortFindings(findings, sheetOrder);
}
