import type { IndicatorRow, StatTable } from '../../model/table';
import { finding, type Finding } from '../finding';
import type { AuditRule } from '../rule';
import { rowRule } from '../row-rule';
import type { AuditSettings } from '../settings';
import { toUnit, unitRatio } from '../support/convert';
import { columnName, locate, unitSuffix } from '../support/locate';
import { decimalsOf, epsilonFor, halfStep } from '../support/precision';
import { signedMatcher } from '../support/signed-indicator';
import { sheetIndex } from '../support/sheet-index';

const COLUMNS = ['current', 'previous', 'target'] as const;

/** Whether a child's value is not above its parent's (or either is missing). */
function notAbove(value: number | undefined, bound: number | undefined): boolean {
  return value === undefined || bound === undefined || value <= bound;
}

/**
 * Compares a 其中 item with its parent, column by column. Indicators that may be negative
 * (`signed`) are not compared: their names are matched only for a pair that would be
 * reported, as nearly every pair is fine.
 */
function checkPair(
  table: StatTable,
  child: IndicatorRow,
  parent: IndicatorRow,
  signed: (row: IndicatorRow) => boolean,
  findings: Finding[],
): void {
  const sameUnit = unitSuffix(child) === unitSuffix(parent);
  // In one unit nothing is converted and there is no tolerance: a child not above its
  // parent as read (nearly every one) is fine.
  const item = child.values;
  const whole = parent.values;
  if (
    sameUnit &&
    notAbove(item.current, whole.current) &&
    notAbove(item.previous, whole.previous) &&
    notAbove(item.target, whole.target)
  ) {
    return;
  }
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
    if (signed(child) || signed(parent)) return;
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
export const childExceedsParentRule: AuditRule = rowRule({
  code: 'intra.child-exceeds-parent',
  defaultLevel: 'error',
  describe: 'audit.rule.intra.child-exceeds-parent',
  settings: ['signedIndicatorPatterns'],
  rows({ consolidation }, settings: AuditSettings) {
    const signed = signedMatcher(settings.signedIndicatorPatterns);
    return {
      sheet: (table) => {
        const index = sheetIndex(consolidation, table);
        return (child, findings, at) => {
          if (child.parentKey === null) return;
          // A key given twice: only its first row is compared (and is the parent).
          if (!index.isFirst(at)) return;
          const parent = index.row(child.parentKey);
          if (!parent || child.nature !== 'additive' || parent.nature !== 'additive') return;
          checkPair(table, child, parent, signed, findings);
        };
      },
    };
  },
});
