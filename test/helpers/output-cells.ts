/**
 * The cells of a written result workbook as plain data (values, number formats, bold,
 * wrap, merges, links, column widths, frozen panes, marker), for comparing outputs
 * before and after a change to the reader or writer (test/snapshots).
 */
import { Workbook, type CellValue as ExcelValue } from 'exceljs';
import { join } from 'node:path';
import { runOnFiles } from '../../src/app/run-on-files';
import { readSheetEntries } from '../../src/host/xlsx/fast/package-parts';
import { attribute, decodeXml, elements } from '../../src/host/xlsx/fast/xml-scan';
import { openWithNodeZlib } from '../../src/host/xlsx/node-archive';
import type { PipelineOptions } from '../../src/core/pipeline';

export interface SheetCells {
  readonly cells: Record<string, unknown>;
  readonly formats: Record<string, string>;
  readonly bold: string[];
  readonly wrapped: string[];
  readonly links: Record<string, string>;
  readonly merges: string[];
  readonly widths: Array<number | null>;
  readonly frozen: string | null;
}

export interface OutputCells {
  readonly description: string | null;
  readonly sheets: Record<string, SheetCells>;
}

/** One CLI run whose output is snapshotted: inputs relative to the project root. */
export interface SnapshotCase {
  readonly name: string;
  readonly inputs: readonly string[];
  readonly pipeline?: PipelineOptions;
}

export const ROOT = join(__dirname, '..', '..');

/** The bundled example (as `npm run demo`), its township folder, and every fixture. */
export function snapshotCases(fixtures: readonly string[]): SnapshotCase[] {
  return [
    {
      name: 'example',
      inputs: ['examples/县域示例.xlsx'],
      pipeline: { period: '上半年', area: '全县' },
    },
    { name: 'example-folder', inputs: ['examples/乡镇报表'] },
    { name: 'fixture-folder', inputs: ['test/fixtures/folder'] },
    ...fixtures.map((file) => ({ name: file, inputs: [`test/fixtures/${file}`] })),
  ];
}

function plain(value: ExcelValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { date: value.toISOString() };
  // A linked cell is its text; the link is in `links`.
  if (typeof value === 'object' && 'hyperlink' in value) return value.text;
  if (typeof value === 'object') return JSON.parse(JSON.stringify(value)) as unknown;
  return value;
}

/** Reads a written workbook with exceljs's plain reader into `OutputCells`. */
export async function outputCells(bytes: Uint8Array): Promise<OutputCells> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheets: Record<string, SheetCells> = {};
  workbook.eachSheet((ws) => {
    const cells: Record<string, unknown> = {};
    const formats: Record<string, string> = {};
    const bold: string[] = [];
    const wrapped: string[] = [];
    const links: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const a = cell.address;
        if (cell.value !== null && cell.value !== undefined) cells[a] = plain(cell.value);
        if (cell.numFmt) formats[a] = cell.numFmt;
        if (cell.font?.bold === true) bold.push(a);
        if (cell.alignment?.wrapText === true) wrapped.push(a);
        if (cell.hyperlink) links[a] = cell.hyperlink.replace(/^#/, '');
      });
    });
    const model = ws.model as { merges?: string[] };
    const widths: Array<number | null> = [];
    for (let c = 1; c <= ws.columnCount; c++) widths.push(ws.getColumn(c).width ?? null);
    const view = (ws.views ?? [])[0] as
      { state?: string; xSplit?: number; ySplit?: number } | undefined;
    sheets[ws.name] = {
      cells,
      formats,
      bold,
      wrapped,
      links,
      merges: [...(model.merges ?? [])].sort(),
      widths,
      frozen: view?.state === 'frozen' ? `${view.xSplit ?? 0},${view.ySplit ?? 0}` : null,
    };
  });
  await addInternalLinks(bytes, sheets);
  return { description: workbook.description ?? null, sheets };
}

/**
 * Links written as Excel writes internal ones (`<hyperlink location="'汇总'!B4"/>`, no
 * relationship), which exceljs does not read, added to `links`.
 */
async function addInternalLinks(
  bytes: Uint8Array,
  sheets: Record<string, SheetCells>,
): Promise<void> {
  const archive = await openWithNodeZlib(bytes);
  for (const entry of await readSheetEntries(archive)) {
    const xml = (await archive.text(entry.part)) ?? '';
    const links = sheets[entry.name]?.links as Record<string, string> | undefined;
    for (const { attributes } of elements(xml, 'hyperlink')) {
      const location = attribute(attributes, 'location');
      const ref = attribute(attributes, 'ref');
      if (links && ref !== undefined && location !== undefined && !attributes.includes('r:id')) {
        links[ref] = decodeXml(location);
      }
    }
  }
}

/** Runs the command line's use case on one case, writing to `output`; its cells or error. */
export async function runCase(
  c: SnapshotCase,
  output: string,
): Promise<OutputCells | { error: string }> {
  const { readFile } = await import('node:fs/promises');
  try {
    await runOnFiles(
      c.inputs.map((input) => join(ROOT, input)),
      { output, ...(c.pipeline !== undefined ? { pipeline: c.pipeline } : {}) },
    );
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  return outputCells(new Uint8Array(await readFile(output)));
}
