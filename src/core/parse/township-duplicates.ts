import { formatMessage } from '../diagnostics/format';
import { issue, type Issue } from '../diagnostics/issue';
import type { StatTable } from '../model/table';
import { fileBaseName, hasRevisionMark, townshipIdentity, withoutRevision } from './township-name';

/** A township's table as parsed, with what choosing among two reports of it needs. */
export interface TownshipReport {
  readonly table: StatTable;
  /** Whether the table is its workbook's only statistics sheet (then the file names it). */
  readonly soleSheet: boolean;
}

/** How the message names a report: its file, with the sheet when the file holds several. */
function describe(report: TownshipReport): string {
  const { file, sheet } = report.table;
  const base = file?.split(/[\\/]/).pop();
  if (base === undefined || base === '') return formatMessage('parse.report-sheet', { sheet });
  return report.soleSheet ? base : formatMessage('parse.report-file-sheet', { file: base, sheet });
}

/** "a 和 b", "a、b 和 c". */
function list(items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1] ?? '';
  return formatMessage('parse.report-list', { items: items.slice(0, -1).join('、'), last });
}

/** Whether a report's name, file or sheet carries a revision mark (修改后, 修订, v2…). */
function revised(report: TownshipReport): boolean {
  const { table } = report;
  return (
    hasRevisionMark(table.unitName) ||
    hasRevisionMark(table.sheet) ||
    (table.file !== undefined && hasRevisionMark(fileBaseName(table.file)))
  );
}

/**
 * The one report to use of several for one township: the last one with a revision mark,
 * else the last one in input order.
 */
function chooseReport(reports: readonly TownshipReport[]): TownshipReport {
  const marked = reports.filter(revised);
  const from = marked.length > 0 ? marked : reports;
  return from[from.length - 1] as TownshipReport;
}

/**
 * Keeps one report per township. Townships are the same when their names are, once
 * revision marks are folded away (`townshipIdentity`: 甲镇.xlsx and 甲镇（修改后）.xlsx, or
 * two sheets signed 填报单位：甲镇). Of several, the one whose name carries a revision mark
 * is used, else the later one; the others are left out with one 错误 issue naming them
 * all. A kept township is named without its revision mark (甲镇（修改后） -> 甲镇). Reported
 * totals are not townships: they pass through unchanged. Order is kept.
 *
 * @example
 * keepOneReportPerTownship([{ table: 甲镇, soleSheet: true }, { table: 甲镇修改后, soleSheet: true }], issues)
 * // [甲镇修改后 named 甲镇]; issues: parse.township-twice "甲镇有两份报表：甲镇.xlsx 和 …"
 */
export function keepOneReportPerTownship(
  reports: readonly TownshipReport[],
  issues: Issue[],
): StatTable[] {
  const groups = new Map<string, TownshipReport[]>();
  for (const report of reports) {
    if (report.table.role !== 'township') continue;
    const key = townshipIdentity(report.table.unitName);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [report]);
    else group.push(report);
  }
  const dropped = new Set<TownshipReport>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const kept = chooseReport(group);
    const others = group.filter((report) => report !== kept);
    for (const other of others) dropped.add(other);
    const name = withoutRevision(kept.table.unitName);
    const first = others[0] as TownshipReport;
    issues.push(
      issue(
        group.length === 2 ? 'parse.township-twice' : 'parse.township-several',
        'error',
        {
          ...(first.table.file !== undefined ? { file: first.table.file } : {}),
          sheet: first.table.sheet,
        },
        {
          name,
          count: group.length,
          sources: list(group.map(describe)),
          kept: describe(kept),
          dropped: list(others.map(describe)),
        },
      ),
    );
  }
  return reports
    .filter((report) => !dropped.has(report))
    .map(({ table }) => {
      if (table.role !== 'township') return table;
      const name = withoutRevision(table.unitName);
      return name === table.unitName ? table : { ...table, unitName: name };
    });
}
