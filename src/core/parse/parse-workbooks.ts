import type { SheetGrid, WorkbookGrids } from '../grid/cell';
import { issue, type Issue, type IssueLocation } from '../diagnostics/issue';
import type { StatTable } from '../model/table';
import { VALUE_COLUMNS } from '../model/table';
import {
  finishTable,
  parseSheetDetail,
  type ParseOptions,
  type SheetParseDetail,
} from './parse-sheet';
import { resultSummary } from './result-workbook';
import { keepOneReportPerTownship, type TownshipReport } from './township-duplicates';
import {
  fileBaseName,
  isGenericSheetName,
  isTotalFileOf,
  isTotalSheetName,
  isTownshipLikeName,
} from './township-name';

/**
 * Parses all sheets of all workbooks: skips non-statistics sheets (with an info issue),
 * names the townships and decides which tables are reported totals.
 *
 * A table's township is its sheet name, except when the sheet name is generic (Sheet1,
 * 工作表1), when several workbooks are given and this workbook has exactly one statistics
 * sheet (one workbook per township), or when a workbook's only statistics sheet is named
 * as a total (汇总) but signed by a township (填报单位：东城镇): then the 填报单位 line,
 * else the file's base name.
 *
 * What is not read, or read otherwise, is said in an issue:
 * - hidden and very hidden sheets are skipped (提示) unless `options.includeHidden`;
 * - one of our own result workbooks gives only its 汇总 sheet, as one unit named after its
 *   area (提示); one without our marker given beside township sheets is their reported
 *   total (核实), never added to them;
 * - a township whose every value is blank is left out (核实);
 * - two reports of one township (甲镇.xlsx beside 甲镇（修改后）.xlsx, two sheets signed
 *   填报单位：甲镇) are never both counted: one is used, with a 错误 naming both
 *   (`keepOneReportPerTownship`).
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
  const reports: TownshipReport[] = [];
  const issues: Issue[] = [];
  const several = workbooks.length > 1;
  const results: ResultReport[] = [];
  for (const workbook of workbooks) {
    const result = resultSummary(workbook);
    if (result !== null) {
      const report = resultReport(workbook, result.grid, result.unitName, options, issues);
      if (report !== null) {
        results.push(report);
        reports.push(report);
      }
      continue;
    }
    const details = visibleSheets(workbook, options, issues).map((grid) => {
      const file = grid.file ?? workbook.file;
      return { grid, file, detail: parseSheetDetail(grid, options, file) };
    });
    const statisticsSheets = details.filter((d) => d.detail.table !== null).length;
    for (const { grid, file, detail } of details) {
      issues.push(...detail.issues);
      if (detail.table === null) continue;
      const location = { ...(file !== undefined ? { file } : {}), sheet: grid.name };
      const name = townshipName(grid, file, detail, several, statisticsSheets === 1, location);
      issues.push(...name.issues);
      const table = finishTable(detail.table, name.name, options, issues);
      if (table.role === 'township' && blank(table, detail.issues)) {
        issues.push(issue('parse.township-blank', 'verify', location, { name: table.unitName }));
        continue;
      }
      reports.push({ table, soleSheet: statisticsSheets === 1 });
    }
  }
  const fromResults = new Set<TownshipReport>(results);
  const townshipsBeside = reports.some((r) => r.table.role === 'township' && !fromResults.has(r));
  for (const result of results) resultRole(result, townshipsBeside, reports, issues);
  return { tables: keepOneReportPerTownship(reports, issues), issues };
}

/** The workbook's sheets to read: hidden ones only when the user includes them. */
function visibleSheets(
  workbook: WorkbookGrids,
  options: ParseOptions,
  issues: Issue[],
): readonly SheetGrid[] {
  if (options.includeHidden === true) return workbook.sheets;
  return workbook.sheets.filter((grid) => {
    if (grid.hidden === undefined) return true;
    const file = grid.file ?? workbook.file;
    issues.push(
      issue(
        grid.hidden === 'veryHidden' ? 'parse.very-hidden-sheet' : 'parse.hidden-sheet',
        'info',
        { ...(file !== undefined ? { file } : {}), sheet: grid.name },
      ),
    );
    return false;
  });
}

/** The township a statistics sheet stands for, and the notice of how it was named. */
function townshipName(
  grid: SheetGrid,
  file: string | undefined,
  detail: SheetParseDetail,
  several: boolean,
  soleSheet: boolean,
  location: IssueLocation,
): { name: string; issues: Issue[] } {
  const unit = detail.reportingUnit;
  if (
    soleSheet &&
    unit !== null &&
    isTotalSheetName(grid.name) &&
    isTownshipLikeName(unit) &&
    (file === undefined || !isTotalFileOf(file, unit))
  ) {
    // 东城镇汇总.xlsx, sheet 汇总, signed 填报单位：东城镇: 东城镇's report, not a total.
    return {
      name: unit,
      issues: [issue('parse.sheet-of-reporting-unit', 'info', location, { name: unit })],
    };
  }
  if (!isGenericSheetName(grid.name) && !(several && soleSheet)) {
    return { name: grid.name, issues: [] };
  }
  const fromFile = file === undefined ? '' : fileBaseName(file);
  if (unit !== null && unit !== grid.name) {
    return {
      name: unit,
      issues: [issue('parse.township-from-reporting-unit', 'info', location, { name: unit })],
    };
  }
  if (unit === null && fromFile !== '' && fromFile !== grid.name) {
    return {
      name: fromFile,
      issues: [issue('parse.township-from-file', 'info', location, { name: fromFile })],
    };
  }
  return { name: grid.name, issues: [] };
}

/**
 * Whether a table holds nothing: no number in any row, and no cell the parser had to
 * report (a sheet of #REF! or 未计 is not blank: its cells' findings say what is wrong).
 */
function blank(table: StatTable, issues: readonly Issue[]): boolean {
  return (
    !table.rows.some((row) => VALUE_COLUMNS.some((c) => row.values[c] !== undefined)) &&
    !issues.some((i) => i.level !== 'info' && i.location.cell !== undefined)
  );
}

/** The 汇总 sheet of one of our results, as parsed, and where it came from. */
interface ResultReport extends TownshipReport {
  readonly location: IssueLocation;
  /** The file's name, for the notice. */
  readonly fileName: string;
  /** Whether the workbook carries our marker (else it was recognised by its sheets). */
  readonly marked: boolean;
}

/**
 * The 汇总 sheet of one of our own results, read as one township-level unit (never a
 * reported total); null (with the parser's notices) when it does not parse.
 */
function resultReport(
  workbook: WorkbookGrids,
  grid: SheetGrid,
  unitName: string,
  options: ParseOptions,
  issues: Issue[],
): ResultReport | null {
  const file = grid.file ?? workbook.file;
  const detail = parseSheetDetail(grid, options, file);
  issues.push(...detail.issues);
  if (detail.table === null) return null;
  return {
    table: { ...detail.table, unitName, role: 'township' },
    soleSheet: true,
    location: { ...(file !== undefined ? { file } : {}), sheet: grid.name },
    fileName: file?.split(/[\\/]/).pop() ?? grid.name,
    marked: workbook.result !== undefined,
  };
}

/**
 * Says how a result is read: as one unit; or, when it has no marker (made before we wrote
 * one, or re-saved by another program) and township sheets are given beside it, as the
 * reported total of those townships (checked against their sum, never added to it: it is
 * most likely their own earlier result). A marked result beside townships it was not made
 * from is a unit (the host drops one made from them).
 */
function resultRole(
  result: ResultReport,
  townshipsBeside: boolean,
  reports: TownshipReport[],
  issues: Issue[],
): void {
  const params = { file: result.fileName, name: result.table.unitName };
  if (result.marked || !townshipsBeside) {
    issues.push(issue('parse.result-workbook', 'info', result.location, params));
    return;
  }
  const at = reports.indexOf(result);
  reports[at] = { ...result, table: { ...result.table, role: 'total' } };
  issues.push(issue('parse.result-as-total', 'verify', result.location, params));
}
