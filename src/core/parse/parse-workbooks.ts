import type { WorkbookGrids } from '../grid/cell';
import { issue, type Issue } from '../diagnostics/issue';
import type { StatTable } from '../model/table';
import { finishTable, parseSheetDetail, type ParseOptions } from './parse-sheet';
import { fileBaseName, isGenericSheetName, uniqueName } from './township-name';

/**
 * Parses all sheets of all workbooks: skips non-statistics sheets (with an info issue),
 * names the townships and decides which tables are reported totals.
 *
 * A table's township is its sheet name, except when the sheet name is generic (Sheet1,
 * 工作表1) or when several workbooks are given and this workbook has exactly one statistics
 * sheet (one workbook per township): then the 填报单位 line, else the file's base name.
 * Names are kept unique by appending "（2）"… with a notice.
 *
 * @example
 * parseWorkbooks([
 *   { file: '东城镇.xlsx', sheets: [{ name: 'Sheet1', rows: [...] }] },
 *   { file: '西城镇.xlsx', sheets: [{ name: 'Sheet1', rows: [...] }] },
 * ]).tables.map((t) => t.unitName) // ["东城镇", "西城镇"]
 */
export function parseWorkbooks(
  workbooks: readonly WorkbookGrids[],
  options: ParseOptions = {},
): { tables: StatTable[]; issues: Issue[] } {
  const tables: StatTable[] = [];
  const issues: Issue[] = [];
  const taken = new Set<string>();
  const several = workbooks.length > 1;
  for (const workbook of workbooks) {
    const details = workbook.sheets.map((grid) => {
      const file = grid.file ?? workbook.file;
      return { grid, file, detail: parseSheetDetail(grid, options, file) };
    });
    const statisticsSheets = details.filter((d) => d.detail.table !== null).length;
    for (const { grid, file, detail } of details) {
      issues.push(...detail.issues);
      if (detail.table === null) continue;
      const location = { ...(file !== undefined ? { file } : {}), sheet: grid.name };
      let name = grid.name;
      if (isGenericSheetName(grid.name) || (several && statisticsSheets === 1)) {
        const fromFile = file === undefined ? '' : fileBaseName(file);
        if (detail.reportingUnit !== null && detail.reportingUnit !== grid.name) {
          name = detail.reportingUnit;
          issues.push(issue('parse.township-from-reporting-unit', 'info', location, { name }));
        } else if (detail.reportingUnit === null && fromFile !== '' && fromFile !== grid.name) {
          name = fromFile;
          issues.push(issue('parse.township-from-file', 'info', location, { name }));
        }
      }
      const unique = uniqueName(name, taken);
      if (unique !== name) {
        issues.push(
          issue('parse.township-duplicate', 'verify', location, { name, renamed: unique }),
        );
      }
      tables.push(finishTable(detail.table, unique, options, issues));
    }
  }
  return { tables, issues };
}
