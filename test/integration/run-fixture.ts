/**
 * Helpers for the integration tests: fixtures read through the real exceljs host and the
 * real pipeline, and lookups into the result.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline, type PipelineResult } from '../../src/core/pipeline';
import type { Issue } from '../../src/core/diagnostics';
import type { WorkbookGrids } from '../../src/core/grid';
import type { ConsolidatedIndicator, TownshipFigures } from '../../src/core/model';
import { readWorkbookFile } from '../../src/host/xlsx/read-workbook-file';

export const FIXTURE_DIR = join(__dirname, '..', 'fixtures');
export const EXAMPLE_DIR = join(__dirname, '..', '..', 'examples');

/** Reads workbook files (or every .xlsx of a folder, sorted by name) and runs the pipeline. */
export async function runFiles(paths: readonly string[]): Promise<PipelineResult> {
  const books: WorkbookGrids[] = [];
  for (const path of paths) books.push(await readWorkbookFile(path));
  return runPipeline(books);
}

/** Runs one fixture workbook of test/fixtures. */
export function runFixture(file: string): Promise<PipelineResult> {
  return runFiles([join(FIXTURE_DIR, file)]);
}

/** The .xlsx files of a folder, sorted, as full paths. */
export function xlsxFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.xlsx') && !f.startsWith('~$'))
    .sort()
    .map((f) => join(dir, f));
}

/** The consolidated indicator with this key; fails the test when it is missing. */
export function indicator(result: PipelineResult, key: string): ConsolidatedIndicator {
  const found = result.consolidation.indicators.find((i) => i.key === key);
  if (!found) {
    const keys = result.consolidation.indicators.map((i) => i.key).join(', ');
    throw new Error(`no consolidated indicator "${key}"; have: ${keys}`);
  }
  return found;
}

/** One township's figures for an indicator; fails the test when missing. */
export function township(ind: ConsolidatedIndicator, name: string): TownshipFigures {
  const found = ind.townships.find((t) => t.township === name);
  if (!found) throw new Error(`no township "${name}" in ${ind.key}`);
  return found;
}

/** Issues with this code (optionally at a sheet and cell). */
export function issuesOf(
  result: PipelineResult,
  code: Issue['code'],
  where: { sheet?: string; cell?: string } = {},
): Issue[] {
  return result.issues.filter(
    (i) =>
      i.code === code &&
      (where.sheet === undefined || i.location.sheet === where.sheet) &&
      (where.cell === undefined || i.location.cell === where.cell),
  );
}
