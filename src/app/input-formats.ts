import { issue, type Issue } from '../core/diagnostics/issue';
import type { MessageCode } from '../core/diagnostics/messages.zh-CN';
import { UserError } from './user-error';

/** Formats a township office sends that we cannot read, each with its own advice. */
const OLD_FORMATS: Readonly<Record<string, MessageCode>> = {
  '.xls': 'read.format-xls',
  '.et': 'read.format-et',
  '.csv': 'read.format-csv',
};

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  return dot > slash ? name.slice(dot).toLowerCase() : '';
}

/**
 * Whether a file name is a workbook we read: .xlsx, or .xlsm (its macros are never run).
 *
 * @example
 * isWorkbookName('东城镇.XLSM') // true
 * isWorkbookName('东城镇.xls') // false
 */
export function isWorkbookName(name: string): boolean {
  const extension = extensionOf(name);
  return extension === '.xlsx' || extension === '.xlsm';
}

/**
 * Whether a file name is an old or foreign spreadsheet format (.xls, .et of WPS 表格, .csv)
 * that the user must save as .xlsx.
 *
 * @example
 * isOldFormatName('丙乡.xls') // true
 */
export function isOldFormatName(name: string): boolean {
  return OLD_FORMATS[extensionOf(name)] !== undefined;
}

/**
 * Hidden files (".DS_Store") and Office's lock files ("~$东城镇.xlsx"): never inputs, and
 * not worth a word.
 *
 * @example
 * isIgnoredName('~$东城镇.xlsx') // true
 */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.');
}

/**
 * The 错误 notice for an old-format file found among the inputs: the rest go on without it.
 * `shown` is how the message names it (a path under the folder), `file` its base name.
 *
 * @example
 * oldFormatNotice('二组/丙乡.xls', '丙乡.xls')
 * // { code: 'read.format-xls', level: 'error', location: { file: '丙乡.xls' }, params: { file: '二组/丙乡.xls' } }
 */
export function oldFormatNotice(shown: string, file: string): Issue {
  return issue(oldFormatCode(shown), 'error', { file }, { file: shown });
}

/**
 * The one-line error for an old-format file the user named explicitly: it must be saved as
 * .xlsx first (consolidating without it would give a partial total).
 *
 * @example
 * throw oldFormatError('丙乡.xls'); // "丙乡.xls 是旧版 Excel 格式，请另存为 .xlsx 后重新汇总"
 */
export function oldFormatError(shown: string): UserError {
  return new UserError(oldFormatCode(shown), { file: shown });
}

function oldFormatCode(name: string): MessageCode {
  const code = OLD_FORMATS[extensionOf(name)];
  if (code === undefined) throw new RangeError(`not an old format: ${name}`);
  return code;
}
