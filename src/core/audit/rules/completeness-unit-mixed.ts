import { convertible } from '../../model/unit';
import { finding } from '../finding';
import type { AuditRule } from '../rule';
import { rowRule } from '../row-rule';
import { indicatorColumns } from '../support/indicator-columns';
import { locate } from '../support/locate';
import { sheetIndex } from '../support/sheet-index';

/**
 * 单位: a township whose unit for an indicator differs from the unit most townships use
 * (the consolidation's unit): 提示 when it converts (万元 vs 亿元: summed after conversion;
 * a unit column that does not match its figures shows up as a 10,000× slip against the
 * other townships, which plausibility.unit-slip reports), 错误 when it does not (万元 vs 家:
 * left out of the sum).
 *
 * @example
 * unitMixedRule.run({ consolidation }, DEFAULT_AUDIT_SETTINGS)
 */
export const unitMixedRule: AuditRule = rowRule({
  code: 'completeness.unit-mixed',
  defaultLevel: 'info',
  describe: 'audit.rule.completeness.unit-mixed',
  settings: [],
  rows({ consolidation }) {
    const { indicators } = indicatorColumns(consolidation);
    const townships = new Set(consolidation.tables);
    return {
      // Township sheets only: the majority unit is theirs.
      sheet: (table) => {
        if (!townships.has(table)) return null;
        const index = sheetIndex(consolidation, table);
        return (row, findings, at) => {
          if (row.unit === null) return;
          const majority = indicators[index.columnAt[at] ?? -1]?.unit ?? null;
          if (majority === null || row.unit.symbol === majority.symbol) return;
          // A key given twice: only its first row counts (as in the consolidation).
          if (!index.isFirst(at)) return;
          const converts = convertible(row.unit, majority);
          findings.push(
            finding({
              rule: 'completeness.unit-mixed',
              code: converts ? 'audit.unit-mixed' : 'audit.unit-incompatible',
              level: converts ? 'info' : 'error',
              location: locate(table, row, 'unit'),
              expected: majority.symbol,
              actual: row.unit.symbol,
              params: { unit: row.unit.symbol, majority: majority.symbol },
            }),
          );
        };
      },
    };
  },
});
