import { formatMessage } from '../core/diagnostics/format';
import type { IssueParam } from '../core/diagnostics/issue';
import type { MessageCode } from '../core/diagnostics/messages.zh-CN';

/**
 * A problem the user can fix (a missing file, a file that is not .xlsx, an output path
 * that would overwrite an input): its message is one Chinese line from the catalogue.
 *
 * @example
 * throw new UserError('read.file-missing', { file: 'a.xlsx' });
 * // error.message === "找不到文件：a.xlsx"
 */
export class UserError extends Error {
  readonly code: MessageCode;
  readonly params: Readonly<Record<string, IssueParam>>;

  constructor(code: MessageCode, params: Readonly<Record<string, IssueParam>> = {}) {
    super(formatMessage(code, params));
    this.name = 'UserError';
    this.code = code;
    this.params = params;
  }
}

/**
 * @example isUserError(new UserError('read.no-input')) // true
 */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/**
 * Why an operation failed, for a message: a Node error's code (ENOENT, EACCES…), else
 * the error's message.
 *
 * @example errorReason(Object.assign(new Error('x'), { code: 'EACCES' })) // "EACCES"
 */
export function errorReason(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ?? error.message;
  }
  return String(error);
}
