import type { Consolidation } from '../model/consolidation';
import type { Finding } from './finding';
import { sheetKeyOf } from './sort-findings';

/**
 * The names of the indicators whose figures the consolidation sums with a 错误 finding in
 * them: found on a township's sheet, not on a reported total (合计) sheet, whose figures the
 * totals do not use (a reported total that disagrees with the sum is its own error).
 *
 * @example
 * erroneousIndicators(findings, consolidation) // ["规模以上工业产值"]
 */
export function erroneousIndicators(
  findings: readonly Finding[],
  consolidation: Consolidation,
): string[] {
  const totals = new Set(consolidation.reportedTotals.map((t) => sheetKeyOf(t.file, t.sheet)));
  const names = new Set<string>();
  for (const f of findings) {
    const { file, sheet, indicator } = f.location;
    if (f.level === 'error' && indicator !== '' && !totals.has(sheetKeyOf(file, sheet))) {
      names.add(indicator);
    }
  }
  return [...names];
}
