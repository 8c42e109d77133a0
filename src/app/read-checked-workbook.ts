import type { MessageCode } from '../core/diagnostics/messages.zh-CN';
import type { WorkbookGrids } from '../core/grid';
import { checkPackage, checkPackageDeeply, type PackageProblem } from '../host/xlsx/package-check';
import { readWorkbook } from '../host/xlsx/read-workbook';
import type { ArchiveOpener } from '../host/xlsx/archive';
import { UserError } from './user-error';

/** The catalogue message for each problem a package can have. */
const PROBLEM_MESSAGES: Readonly<Record<PackageProblem, MessageCode>> = {
  empty: 'read.empty-file',
  encrypted: 'read.password',
  'old-excel': 'read.old-xls',
  word: 'read.word-document',
  'not-workbook': 'read.not-workbook',
  damaged: 'read.damaged',
  'not-zip': 'read.not-xlsx',
};

/**
 * Reads workbook bytes into grids after `checkPackage` (browser-safe: the command line and
 * the standalone page). A file that is not a whole workbook is a `UserError` that says
 * what it is (empty, password, old .xls, Word document, other zip, damaged).
 *
 * @param name the file's base name, given to the grids.
 * @param shownAs the file as the messages name it (default `name`).
 * @param open how the package is unzipped (JSZip by default; Node's zlib on the command
 *   line, `openWithNodeZlib`).
 * @example
 * await readCheckedWorkbook(bytes, '甲镇.xlsx') // { file: '甲镇.xlsx', sheets: [...] }
 * await readCheckedWorkbook(new Uint8Array(), '乙镇.xlsx')
 * // throws UserError: 文件“乙镇.xlsx”是空文件（0 字节），请重新索取或保存后再汇总
 */
export async function readCheckedWorkbook(
  bytes: Uint8Array,
  name: string,
  shownAs: string = name,
  open?: ArchiveOpener,
): Promise<WorkbookGrids> {
  const file = shownAs;
  const problem = await checkPackage(bytes, open);
  if (problem !== null) throw new UserError(PROBLEM_MESSAGES[problem], { file });
  try {
    return await readWorkbook(bytes, name, open);
  } catch {
    const found = await checkPackageDeeply(bytes);
    throw new UserError(found === null ? 'read.corrupt' : PROBLEM_MESSAGES[found], { file });
  }
}
