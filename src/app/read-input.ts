import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { WorkbookGrids } from '../core/grid';
import { openWithNodeZlib } from '../host/xlsx/node-archive';
import { readCheckedWorkbook } from './read-checked-workbook';
import { UserError } from './user-error';

/** The extensions read as workbooks (.xlsm: a workbook with macros, read like .xlsx). */
const WORKBOOK_EXTENSIONS: readonly string[] = ['.xlsx', '.xlsm'];

/**
 * Reads one input file (read-only), checking first that it is a whole workbook: an empty
 * file, a password-protected workbook, an old .xls, a Word document or other zip renamed
 * .xlsx, and a damaged package are each a `UserError` that says so, naming the file.
 * `content`: the file's bytes when already read (they are not read again).
 *
 * @example
 * await readInput('乡镇/甲镇.xlsx') // { file: '甲镇.xlsx', sheets: [...] }
 * await readInput('乡镇/乙镇.xlsx') // throws UserError: 文件“乙镇.xlsx”有密码，请去掉密码后再汇总
 */
export async function readInput(file: string, content?: Buffer): Promise<WorkbookGrids> {
  if (!WORKBOOK_EXTENSIONS.includes(extname(file).toLowerCase())) {
    throw new UserError('read.not-xlsx', { file });
  }
  let buffer: Buffer;
  try {
    buffer = content ?? (await readFile(file, { flag: 'r' }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UserError('read.file-missing', { file });
    }
    throw new UserError('read.corrupt', { file });
  }
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return readCheckedWorkbook(bytes, basename(file), file, openWithNodeZlib);
}
