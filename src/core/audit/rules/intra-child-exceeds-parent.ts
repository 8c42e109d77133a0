import type { IndicatorRow, StatTable } from '../../model/table';
import { finding, type Finding } from '../finding';
import type { AuditRule } from '../rule';
import type { AuditSettings } from '../settings';
import { auditedTables } from '../support/audited-tables';
import { toUnit, unitRatio } from '../support/convert';
import { columnName, locate, unitSuffix } from '../support/locate';
import { decimalsOf, epsilonFor, halfStep } from '../support/precision';
import { signedMatcher } from '../support/signed-indicator';
import { rowsByKey } from '../support/table-index';

const COLUMNS = ['current', 'previous', 'target'] as const;

function checkPair(
  table: StatTable,
  child: IndicatorRow,
  parent: IndicatorRow,
  findings: Finding[],
): void {
  const sameUnit = unitSuffix(child) === unitSuffix(parent);
  for (const column of COLUMNS) {
    const childValue = child.values[column];
    const parentValue = parent.values[column];
    if (childValue === undefined || parentValue === undefined) continue;
    const converted = toUnit(childValue, child.unit, parent.unit);
    if (converted === null) return; // another unit family: not comparable
    const tolerance = sameUnit
      ? 0
      : halfStep(decimalsOf(childValue), child.unit) * (unitRatio(child.unit, parent.unit) ?? 1) +
        halfStep(decimalsOf(parentValue), parent.unit);
    if (converted <= parentValue + tolerance + epsilonFor(converted, parentValue)) continue;
    findings.push(
      finding({
        rule: 'intra.child-exceeds-parent',
        code: 'audit.child-exceeds-parent',
        level: 'error',
        location: locate(table, child, column),
        expected: parentValue,
        actual: childValue,
        params: { column: columnName(table, column), parent: parent.name, unit: unitSuffix(child) },
      }),
    );
  }
}

/**
 * 表内: a 其中 item larger than the indicator it belongs to (错误), in every sheet (townships
 * and totals), after unit conversion; items in another unit family (家 under 万元) and
 * indicators that may be negative (利润…) are not compared.
 *
 * @example
 * childExceedsParentRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
 */
export const childExceedsParentRule: AuditRule = {
  code: 'intra.child-exceeds-parent',
  defaultLevel: 'error',
  describe: 'audit.rule.intra.child-exceeds-parent',
  settings: ['signedIndicatorPatterns'],
  run({ consolidation }, settings: AuditSettings) {
    const findings: Finding[] = [];
    const signed = signedMatcher(settings.signedIndicatorPatterns);
    for (const table of auditedTables(consolidation)) {
      const rows = rowsByKey(table);
      for (const child of rows.values()) {
        if (child.parentKey === null) continue;
        const parent = rows.get(child.parentKey);
        if (!parent || child.nature !== 'additive' || parent.nature !== 'additive') continue;
        if (signed(child) || signed(parent)) continue;
        checkPair(table, child, parent, findings);
      }
    }
    return findings;
  },
};
