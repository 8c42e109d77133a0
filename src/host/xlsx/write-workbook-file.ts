import { rename, rm } from 'node:fs/promises';
import { uniqueSheetName } from '../../core/grid/sheet-name';
import { isFormulaLike } from '../../core/grid/formula-like';
import { formatMessage } from '../../core/diagnostics/format';
import type { OutputSheet } from '../../core/output';
import { CellStyles } from './ooxml/cell-styles';
import { drawingXml } from './ooxml/drawing-xml';
import { chartPlacements } from './chart-placement';
import {
  appXml,
  contentTypesXml,
  coreXml,
  relationshipsXml,
  rootRelationshipsXml,
  workbookRelationships,
  workbookXml,
} from './ooxml/package-xml';
import { SharedStrings } from './ooxml/shared-strings';
import { worksheetXml } from './ooxml/worksheet-xml';
import { ZipFileWriter } from './ooxml/zip-file-writer';
import { outputSheetNames } from './output-sheet-names';
import { markerText } from './result-marker';
import type { ChartSheet, WriteOptions } from './write-workbook';

/**
 * Node only: writes output sheets into a NEW workbook file at `path`, with the cells,
 * styles, merges, links, panes, marker and 图表 pictures of `writeWorkbook`, straight as
 * package XML (`./ooxml/`): each sheet's rows are deflated into the file as they are made,
 * so a county of a thousand townships (分乡镇 alone is 4,000 columns by 200 rows) never
 * holds its workbook in memory, and no spreadsheet library is loaded. The pictures may
 * still be drawing: they are awaited only after the other sheets are written. The file
 * appears only when complete (written beside it, then renamed); a failure leaves nothing.
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
  const zip = new ZipFileWriter(partial);
  try {
    const strings = new SharedStrings();
    const styles = new CellStyles();
    const { names, sheetName } = outputSheetNames(sheets, []);
    for (const [i, sheet] of sheets.entries()) {
      zip.addText(
        `xl/worksheets/sheet${i + 1}.xml`,
        worksheetXml(sheet, { strings, styles, sheetName }),
      );
    }
    const charts = await options.charts;
    const pictures = charts !== undefined && charts.images.length > 0 ? charts : null;
    if (pictures !== null) {
      names.push(uniqueSheetName(formatMessage('sheet.charts'), names));
      writeChartSheet(zip, names.length, pictures, { strings, styles, sheetName });
    }
    zip.addText('xl/sharedStrings.xml', strings.xml());
    zip.addText('xl/styles.xml', [styles.xml()]);
    zip.addText('xl/workbook.xml', [workbookXml(names)]);
    zip.addText('xl/_rels/workbook.xml.rels', [
      relationshipsXml(workbookRelationships(names.length)),
    ]);
    const description = options.marker === undefined ? undefined : markerText(options.marker);
    zip.addText('docProps/core.xml', [coreXml(description, new Date())]);
    zip.addText('docProps/app.xml', [appXml()]);
    zip.addText('_rels/.rels', [rootRelationshipsXml()]);
    zip.addText('[Content_Types].xml', [contentTypesXml(names.length, pictures ? 1 : 0)]);
    zip.close();
    await rename(partial, path);
  } catch (error) {
    zip.abort();
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * The 图表 sheet (the workbook's `sheetNumber`-th): the notes in column A, then the pictures
 * (`chartPlacements`).
 */
function writeChartSheet(
  zip: ZipFileWriter,
  sheetNumber: number,
  charts: ChartSheet,
  parts: Parameters<typeof worksheetXml>[1],
): void {
  const placements = chartPlacements(charts);
  const notes: OutputSheet = {
    kind: 'charts',
    name: '',
    rows: charts.notes.map((note) => [note]),
    numberFormats: charts.notes.map((note) => [isFormulaLike(note) ? '@' : null]),
    columnWidths: [],
    boldRows: [],
    frozenRows: 0,
    frozenColumns: 0,
    merges: [],
    wrapColumns: [],
    links: [],
  };
  zip.addText(
    `xl/worksheets/sheet${sheetNumber}.xml`,
    worksheetXml(notes, { ...parts, drawing: 'rId1' }),
  );
  zip.addText(`xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`, [
    relationshipsXml([{ id: 'rId1', type: 'drawing', target: '../drawings/drawing1.xml' }]),
  ]);
  zip.addText('xl/drawings/drawing1.xml', [drawingXml(placements)]);
  zip.addText('xl/drawings/_rels/drawing1.xml.rels', [
    relationshipsXml(
      charts.images.map((_, i) => ({
        id: `rId${i + 1}`,
        type: 'image' as const,
        target: `../media/image${i + 1}.png`,
      })),
    ),
  ]);
  for (const [i, image] of charts.images.entries()) {
    zip.addStored(`xl/media/image${i + 1}.png`, image.png);
  }
}
