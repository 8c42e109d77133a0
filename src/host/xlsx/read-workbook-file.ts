import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { WorkbookGrids } from '../../core/grid';
import { readWorkbook } from './read-workbook';

/**
 * Node only: reads an .xlsx file from disk (read-only) into grids named after the file.
 *
 * @example
 * const grids = await readWorkbookFile('inputs/东城镇.xlsx'); // grids.file === "东城镇.xlsx"
 */
export async function readWorkbookFile(path: string): Promise<WorkbookGrids> {
  const bytes = await readFile(path);
  return readWorkbook(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    basename(path),
  );
}
