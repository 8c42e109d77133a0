import { exactSum } from '../../compute';
import type { IndicatorRow, StatTable } from '../../model/table';
import { finding, type Finding } from '../finding';
import type { AuditRule } from '../rule';
import type { AuditSettings } from '../settings';
import { auditedTables } from '../support/audited-tables';
import { toUnit, unitRatio } from '../support/convert';
import { columnName, locate, unitSuffix } from '../support/locate';
import { halfStep, judgeDifference } from '../support/precision';
import { sheetDecimals } from '../support/sheet-decimals';
import { rowsByKey } from '../support/table-index';

const COLUMNS = ['current', 'previous', 'target'] as const;
const COMPLETE_WORDS = /合计|小计|构成/;

interface Breakdown {
  readonly parent: IndicatorRow;
  readonly children: readonly IndicatorRow[];
}

/** The complete breakdowns declared for one sheet: by settings, and by label if asked. */
function breakdownsOf(table: StatTable, settings: AuditSettings): Breakdown[] {
  const rows = rowsByKey(table);
  const byName = new Map<string, IndicatorRow>();
  for (const row of rows.values()) if (!byName.has(row.name)) byName.set(row.name, row);
  const find = (keyOrName: string): IndicatorRow | undefined =>
    rows.get(keyOrName) ?? byName.get(keyOrName);

  const breakdowns: Breakdown[] = [];
  const declared = new Set<string>();
  for (const spec of settings.breakdowns) {
    const parent = find(spec.parent);
    if (!parent) continue;
    const children = spec.children.map((c) => rows.get(`${parent.key}>${c}`) ?? find(c));
    if (children.some((c) => c === undefined)) continue;
    breakdowns.push({ parent, children: children as IndicatorRow[] });
    declared.add(parent.key);
  }
  if (settings.breakdownFromLabels) {
    const childrenOf = new Map<string, IndicatorRow[]>();
    for (const row of rows.values()) {
      if (row.parentKey === null) continue;
      const list = childrenOf.get(row.parentKey);
      if (list) list.push(row);
      else childrenOf.set(row.parentKey, [row]);
    }
    for (const [key, children] of childrenOf) {
      const parent = rows.get(key);
      if (!parent || declared.has(key)) continue;
      if (COMPLETE_WORDS.test(parent.label) || COMPLETE_WORDS.test(parent.note ?? '')) {
        breakdowns.push({ parent, children });
      }
    }
  }
  return breakdowns;
}

function check(table: StatTable, { parent, children }: Breakdown, findings: Finding[]): void {
  for (const column of COLUMNS) {
    const actual = parent.values[column];
    if (actual === undefined) continue;
    const parts: number[] = [];
    let tolerance = halfStep(sheetDecimals(table, column, unitSuffix(parent)), parent.unit);
    const own = tolerance;
    for (const child of children) {
      const value = child.values[column];
      const converted = value === undefined ? null : toUnit(value, child.unit, parent.unit);
      if (converted === null || !Number.isFinite(converted)) break;
      parts.push(converted);
      tolerance +=
        halfStep(sheetDecimals(table, column, unitSuffix(child)), child.unit) *
        (unitRatio(child.unit, parent.unit) ?? 1);
    }
    if (parts.length !== children.length) continue;
    const expected = exactSum(parts);
    // Parts beyond the largest double (each figure finite, their sum not): nothing to
    // compare, and Infinity must never reach the 审核 sheet.
    if (!Number.isFinite(expected)) continue;
    const diff = actual - expected;
    const verdict = judgeDifference(diff, own, tolerance, Math.max(Math.abs(actual), 1));
    if (verdict === 'equal') continue;
    findings.push(
      finding({
        rule: 'intra.breakdown-sum',
        code: verdict === 'rounding' ? 'audit.breakdown-rounding' : 'audit.breakdown-mismatch',
        level: verdict === 'rounding' ? 'info' : 'error',
        location: locate(table, parent, column),
        expected,
        actual,
        params: {
          column: columnName(table, column),
          unit: unitSuffix(parent),
          children: children.map((c) => c.name).join('、'),
          diff,
          tolerance,
        },
      }),
    );
  }
}

/**
 * 表内: children declared to be a complete breakdown of their parent (settings
 * `breakdowns`, or with `breakdownFromLabels` a parent whose label or note says
 * 合计/小计/构成) that do not add up to it. 其中 rows are usually partial, so nothing is
 * guessed by default. Rounding-size differences are 提示, bigger ones 错误.
 *
 * @example
 * breakdownSumRule.run({ consolidation }, {
 *   ...DEFAULT_AUDIT_SETTINGS,
 *   breakdowns: [{ parent: '工业总产值', children: ['轻工业', '重工业'] }],
 * })
 */
export const breakdownSumRule: AuditRule = {
  code: 'intra.breakdown-sum',
  defaultLevel: 'error',
  describe: 'audit.rule.intra.breakdown-sum',
  settings: ['breakdowns', 'breakdownFromLabels'],
  run({ consolidation }, settings) {
    const findings: Finding[] = [];
    if (settings.breakdowns.length === 0 && !settings.breakdownFromLabels) return findings;
    for (const table of auditedTables(consolidation)) {
      for (const breakdown of breakdownsOf(table, settings)) check(table, breakdown, findings);
    }
    return findings;
  },
};
