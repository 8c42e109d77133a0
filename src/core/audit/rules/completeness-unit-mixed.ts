import { convertible } from '../../model/unit';
import { finding, type Finding } from '../finding';
import type { AuditRule } from '../rule';
import { indicatorsByKey } from '../support/indicator-index';
import { locate } from '../support/locate';
import { rowsByKey } from '../support/table-index';

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
export const unitMixedRule: AuditRule = {
  code: 'completeness.unit-mixed',
  defaultLevel: 'info',
  describe: 'audit.rule.completeness.unit-mixed',
  settings: [],
  run({ consolidation }) {
    const findings: Finding[] = [];
    const indicators = indicatorsByKey(consolidation);
    // Row by row (one lookup each), not indicator × table; findings are sorted afterwards.
    for (const table of consolidation.tables) {
      for (const row of rowsByKey(table).values()) {
        const majority = indicators.get(row.key)?.unit ?? null;
        if (majority === null) continue;
        if (row.unit === null || row.unit.symbol === majority.symbol) continue;
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
      }
    }
    return findings;
  },
};
