import type { Finding } from '../core/audit';
import { formatIssue, formatMessage } from '../core/diagnostics/format';
import { byLevel, type Issue } from '../core/diagnostics/issue';
import { messagesZhCN, type MessageCode } from '../core/diagnostics/messages.zh-CN';
import type { SheetGrid, WorkbookGrids } from '../core/grid';
import type { StatTable } from '../core/model/table';
import { parseWorkbooks } from '../core/parse/parse-workbooks';
import type { PipelineResult } from '../core/pipeline';
import type {
  FindingView,
  FoundSheet,
  LevelCounts,
  OutcomeCounts,
  SheetChoice,
} from './host-actions';

/**
 * View models shared by every host's actions: what the pipeline found, said in the
 * task pane's terms.
 */

/** The parts of a pipeline result the task pane shows. */
export interface PipelineView {
  readonly tables: readonly Pick<StatTable, 'sheet' | 'file' | 'role'>[];
  readonly issues: readonly Issue[];
  readonly findings: readonly Finding[];
  readonly paragraphs: PipelineResult['paragraphs'];
  readonly consolidation: Pick<PipelineResult['consolidation'], 'townships' | 'indicators'>;
}

/**
 * The identity of a sheet within the inputs.
 *
 * @example sheetId('县域示例.xlsx', '东城镇') // "县域示例.xlsx::东城镇"
 */
export function sheetId(file: string | undefined, sheet: string): string {
  return `${file ?? ''}::${sheet}`;
}

/**
 * Every sheet of the inputs with the role the engine gave it; skipped sheets carry the
 * reason from the parse issues, hidden sheets their `hidden` mark. Parse with
 * `includeHidden` (`SCAN_OPTIONS`, as `scanWorkbooks` does), so a hidden sheet gets the role
 * it would have if the user switched it on.
 *
 * @example
 * scanSheets(grids, parseWorkbooks(grids, SCAN_OPTIONS.parse)) // [{ sheet: '东城镇', role: 'township', … }, …]
 */
export function scanSheets(
  workbooks: readonly WorkbookGrids[],
  result: Pick<PipelineView, 'tables' | 'issues'>,
): FoundSheet[] {
  const roles = new Map(result.tables.map((t) => [sheetId(t.file, t.sheet), t.role]));
  const found: FoundSheet[] = [];
  for (const workbook of workbooks) {
    for (const grid of workbook.sheets) {
      const file = grid.file ?? workbook.file;
      const id = sheetId(file, grid.name);
      const role = roles.get(id) ?? 'skipped';
      const reason = sheetReason(result.issues, file, grid.name, role);
      found.push({
        id,
        ...(file !== undefined ? { file } : {}),
        sheet: grid.name,
        role,
        ...(reason !== undefined ? { reason } : {}),
        ...(grid.hidden !== undefined ? { hidden: grid.hidden } : {}),
      });
    }
  }
  return found;
}

function sheetReason(
  issues: readonly Issue[],
  file: string | undefined,
  sheet: string,
  role: FoundSheet['role'],
): string | undefined {
  if (role === 'township') return undefined;
  const wanted = role === 'total' ? ['parse.total-sheet'] : SKIP_CODES;
  const match = issues.find(
    (i) =>
      wanted.includes(i.code) &&
      i.location.sheet === sheet &&
      (i.location.file === undefined || file === undefined || i.location.file === file),
  );
  return match === undefined ? undefined : formatIssue(match);
}

const SKIP_CODES: readonly MessageCode[] = [
  'parse.no-header',
  'parse.no-header-figures',
  'parse.header-duplicate-column',
  'parse.header-duplicate-column-figures',
  'parse.no-indicator-rows',
  'parse.township-blank',
  'parse.township-twice',
  'parse.township-several',
];

/** Pipeline options for a scan: hidden sheets are parsed too, to show their role. */
export const SCAN_OPTIONS = { parse: { includeHidden: true } } as const;

/**
 * The sheets of the inputs with their roles and skip reasons, for the sheet list: the
 * parse stage alone (roles and skip reasons are the parser's; consolidating, auditing and
 * narrating wait for 一键汇总), hidden sheets included (`SCAN_OPTIONS`). `notices` are the
 * host's (a file left out). The converters must be prepared (`prepareConverters`).
 *
 * @example
 * scanWorkbooks([grids]) // [{ sheet: '东城镇', role: 'township', … }, …]
 */
export function scanWorkbooks(
  workbooks: readonly WorkbookGrids[],
  notices: readonly Issue[] = [],
): FoundSheet[] {
  const parsed = parseWorkbooks(workbooks, SCAN_OPTIONS.parse);
  return scanSheets(workbooks, { tables: parsed.tables, issues: [...notices, ...parsed.issues] });
}

/**
 * Whether a sheet takes part when the user has not switched it: townships and totals do,
 * hidden sheets (old drafts, often) and skipped ones do not.
 *
 * @example
 * isIncludedByDefault({ id: '::甲镇', sheet: '甲镇', role: 'township' }) // true
 * isIncludedByDefault({ id: '::旧稿', sheet: '旧稿', role: 'township', hidden: 'hidden' }) // false
 */
export function isIncludedByDefault(sheet: Pick<FoundSheet, 'role' | 'hidden'>): boolean {
  return sheet.role !== 'skipped' && sheet.hidden === undefined;
}

/**
 * The inputs without the sheets the user switched off. Sheets without a choice stay. A
 * hidden sheet the user switched on loses its hidden mark, so that the parser reads it;
 * hidden sheets without a choice stay hidden (the parser skips them with a notice).
 *
 * @example
 * excludeSheets(grids, [{ id: sheetId('a.xlsx', '说明'), included: false }])
 */
export function excludeSheets(
  workbooks: readonly WorkbookGrids[],
  choices: readonly SheetChoice[],
): WorkbookGrids[] {
  const off = new Set(choices.filter((c) => !c.included).map((c) => c.id));
  const on = new Set(choices.filter((c) => c.included).map((c) => c.id));
  return workbooks.map((workbook) => ({
    ...workbook,
    sheets: workbook.sheets
      .filter((g) => !off.has(sheetId(g.file ?? workbook.file, g.name)))
      .map((g) => {
        if (g.hidden === undefined || !on.has(sheetId(g.file ?? workbook.file, g.name))) return g;
        return withoutHidden(g);
      }),
  }));
}

/** A grid without its hidden mark (the parser then reads it). */
function withoutHidden(grid: SheetGrid): SheetGrid {
  const shown: { -readonly [K in keyof SheetGrid]?: SheetGrid[K] } = { ...grid };
  delete shown.hidden;
  return shown as SheetGrid;
}

/**
 * The names of the sheets the user marks as reported totals (parse option `totalSheets`).
 *
 * @example totalSheetNames([{ id: '::全县', sheet: '全县', included: true, asTotal: true }]) // ["全县"]
 */
export function totalSheetNames(choices: readonly SheetChoice[]): string[] {
  return choices.filter((c) => c.included && c.asTotal === true).map((c) => c.sheet);
}

/**
 * The audit's findings as the task pane shows them (parse problems are among them):
 * errors first, then 核实, then 提示.
 *
 * @example findingViews(runPipeline(grids))[0]?.message // "表内：其中项大于总项…"
 */
export function findingViews(result: Pick<PipelineView, 'findings'>): FindingView[] {
  const views = result.findings.map((f, i): FindingView => {
    const rule: string = f.rule;
    const ruleKey = `audit.rule.${rule}`;
    const { file, sheet, cell, indicator } = f.location;
    return {
      id: `${i}`,
      level: f.level,
      rule,
      ruleText: isMessageCode(ruleKey) ? formatMessage(ruleKey) : null,
      ...(file !== undefined ? { file } : {}),
      ...(sheet !== undefined ? { sheet } : {}),
      ...(cell !== undefined && cell !== '' ? { cell } : {}),
      ...(indicator !== undefined && indicator !== '' ? { indicator } : {}),
      message: formatIssue(f),
      expected: f.expected,
      actual: f.actual,
    };
  });
  return views.sort(byLevel);
}

/**
 * How many findings of each level.
 *
 * @example countLevels([{ level: 'error' }, { level: 'info' }]) // { error: 1, verify: 0, info: 1 }
 */
export function countLevels(findings: readonly Pick<FindingView, 'level'>[]): LevelCounts {
  const counts = { error: 0, verify: 0, info: 0 };
  for (const f of findings) counts[f.level] += 1;
  return counts;
}

/** The counts a run reports: townships, indicators and findings per level. */
export function outcomeCounts(
  result: Pick<PipelineView, 'consolidation'>,
  findings: readonly Pick<FindingView, 'level'>[],
): OutcomeCounts {
  return {
    townships: result.consolidation.townships.length,
    indicators: result.consolidation.indicators.length,
    ...countLevels(findings),
  };
}

function isMessageCode(key: string): key is MessageCode {
  return Object.prototype.hasOwnProperty.call(messagesZhCN, key);
}
