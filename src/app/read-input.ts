import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { WorkbookGrids } from '../core/grid';
import { looksLikeZip, readWorkbook } from '../host/xlsx/read-workbook';
import { UserError } from './user-error';

/** Reads one input file (read-only), checking it is an .xlsx workbook first. */
export async function readInput(file: string): Promise<WorkbookGrids> {
  // .xlsm too (#12): a workbook with macros reads as any other; the macros never run.
  if (!['.xlsx', '.xlsm'].includes(extname(file).toLowerCase())) {
    throw new UserError('read.not-xlsx', { file });
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file, { flag: 'r' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UserError('read.file-missing', { file });
    }
    throw new UserError('read.corrupt', { file });
  }
  if (!looksLikeZip(bytes)) {
    throw new UserError('read.not-xlsx', { file });
  }
  try {
    return await readWorkbook(
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      basename(file),
    );
  } catch {
    throw new UserError('read.corrupt', { file });
  }
}
