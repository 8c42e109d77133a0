import { formatIssue } from '../core/diagnostics/format';
import type { Issue } from '../core/diagnostics/issue';
import { messagesZhCN, type MessageCode } from '../core/diagnostics/messages.zh-CN';
import type { PipelineResult } from '../core/pipeline';
import { UserError } from './user-error';

/**
 * The notices that say a sheet was left out: the catalogue's parse messages with 跳过, and
 * a township whose report is wholly blank.
 */
const SKIPPED_SHEET_CODES: ReadonlySet<string> = new Set([
  ...Object.entries(messagesZhCN)
    .filter(([code, text]) => code.startsWith('parse.') && text.includes('跳过'))
    .map(([code]) => code),
  'parse.township-blank',
]);

/**
 * The one "nothing to add up" check of every host: a run that found no township sheet
 * stops before anything is written, with the same message on the command line, in the
 * page, in the task pane and from the ribbon. When sheets were skipped it says how many
 * and gives the first reason; when only reported totals were found it says so. `file`
 * names the files read; null means the open workbook (Excel), said as 当前工作簿.
 *
 * @example
 * const stop = noTownshipError(result, '东城镇.xlsx');
 * if (stop !== null) throw stop;
 */
export function noTownshipError(result: PipelineResult, file: string | null): UserError | null {
  if (result.consolidation.townships.length > 0) return null;
  const skipped = result.issues.filter((notice) => SKIPPED_SHEET_CODES.has(notice.code));
  const onlyTotals = result.tables.some((table) => table.role === 'total');
  const first: Issue | undefined = skipped[0];
  const codes = file === null ? WORKBOOK_CODES : FILE_CODES;
  const code = codes[onlyTotals ? 'totals' : 'none'][first === undefined ? 'plain' : 'skipped'];
  const where = file === null ? {} : { file };
  return new UserError(
    code,
    first === undefined ? where : { ...where, count: skipped.length, reason: formatIssue(first) },
  );
}

type NoTownshipCodes = Readonly<
  Record<'none' | 'totals', Readonly<Record<'plain' | 'skipped', MessageCode>>>
>;

const FILE_CODES: NoTownshipCodes = {
  none: { plain: 'read.no-statistics-sheet', skipped: 'read.no-statistics-sheet-skipped' },
  totals: { plain: 'read.no-township', skipped: 'read.no-township-skipped' },
};

const WORKBOOK_CODES: NoTownshipCodes = {
  none: { plain: 'addin.no-statistics-sheet', skipped: 'addin.no-statistics-sheet-skipped' },
  totals: { plain: 'addin.no-township', skipped: 'addin.no-township-skipped' },
};
