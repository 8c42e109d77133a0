import { rename, rm, writeFile } from 'node:fs/promises';
import { stream } from 'exceljs';
import type { OutputSheet } from '../../core/output';
import { markerText } from './result-marker';
import {
  outputSheetNames,
  sheetViews,
  writeSheet,
  writeWorkbook,
  type WriteOptions,
} from './write-workbook';

/**
 * Node only: writes output sheets into a NEW workbook file at `path`, as `writeWorkbook`
 * does (same cells, styles, merges, links, panes and marker), with exceljs's streaming
 * writer: each row is flushed to the file as soon as it is done, so a county of a thousand
 * townships (the 分乡镇 sheet alone is 4,000 columns by 200 rows) never holds its whole
 * workbook in memory, and serialising costs far less per cell. The file appears only when
 * complete (written beside it, then renamed); a failure leaves nothing behind. Chart
 * pictures (the 图表 sheet) need exceljs's whole-workbook writer, which has images: with
 * pictures the workbook is built in memory instead, with the same cells.
 *
 * @example
 * await writeWorkbookFile(result.sheets, '汇总结果.xlsx', { marker });
 */
export async function writeWorkbookFile(
  sheets: readonly OutputSheet[],
  path: string,
  options: WriteOptions = {},
): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  try {
    if (options.charts !== undefined && options.charts.images.length > 0) {
      await writeFile(partial, await writeWorkbook(sheets, [], options));
      await rename(partial, path);
      return;
    }
    const workbook = new stream.xlsx.WorkbookWriter({
      filename: partial,
      useStyles: true,
      useSharedStrings: true,
    });
    if (options.marker !== undefined) workbook.description = markerText(options.marker);
    const { names, sheetName } = outputSheetNames(sheets, []);
    for (const [i, sheet] of sheets.entries()) {
      const worksheet = workbook.addWorksheet(names[i] ?? sheet.name, {
        views: sheetViews(sheet),
      });
      writeSheet(worksheet, sheet, sheetName, (row) => worksheet.getRow(row + 1).commit());
      worksheet.commit();
    }
    await workbook.commit();
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
