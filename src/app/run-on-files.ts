import { mkdir, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { WorkbookGrids } from '../core/grid';
import { runPipeline, type PipelineOptions, type PipelineResult } from '../core/pipeline';
import { readInput } from './read-input';
import { writeWorkbook } from '../host/xlsx/write-workbook';
import { collectInputs } from './collect-inputs';
import { UserError } from './user-error';

/** Reported after each input file is read. */
export interface ReadProgress {
  /** Files read so far, this one included. */
  readonly done: number;
  readonly total: number;
  readonly file: string;
}

export interface RunOptions {
  /** The result workbook to write; without it nothing is written (`--json` alone). */
  readonly output?: string;
  /** Period and area words, templates, locale, audit settings. */
  readonly pipeline?: PipelineOptions;
  readonly onProgress?: (progress: ReadProgress) => void;
}

export interface RunSummary {
  /** The files read, in order. */
  readonly files: readonly string[];
  /** The absolute path written, or null when no output was asked for. */
  readonly output: string | null;
  readonly result: PipelineResult;
}

/**
 * The command line's use case: reads every input (files, or folders of .xlsx), runs the
 * pipeline and writes the output sheets into a new workbook at `options.output` (when
 * given). Inputs
 * are only ever read. Throws a `UserError` (one Chinese line) for a missing file, a file
 * that is not .xlsx, a corrupt workbook, inputs without any statistics sheet, an output
 * path that is one of the inputs, or an output that cannot be written.
 *
 * @example
 * const { result } = await runOnFiles(['乡镇报表'], { output: '汇总结果.xlsx', pipeline: { period: '上半年' } });
 * result.consolidation.townships // ["东城镇", "西城镇"]
 */
export async function runOnFiles(
  inputs: readonly string[],
  options: RunOptions,
): Promise<RunSummary> {
  const files = collectInputs(inputs);
  const output = options.output === undefined ? null : resolve(options.output);
  if (output !== null) {
    const outputReal = realOrResolved(output);
    for (const file of files) {
      if (realOrResolved(file) === outputReal) {
        throw new UserError('write.same-as-input', { file: options.output ?? output });
      }
    }
  }

  const workbooks: WorkbookGrids[] = [];
  for (const [i, file] of files.entries()) {
    workbooks.push(await readInput(file));
    options.onProgress?.({ done: i + 1, total: files.length, file });
  }

  const result = runPipeline(workbooks, options.pipeline);
  if (result.consolidation.townships.length === 0) {
    const file = files.map((f) => basename(f)).join('、');
    // Reported totals alone give nothing to add up.
    throw new UserError(
      result.tables.length === 0 ? 'read.no-statistics-sheet' : 'read.no-township',
      {
        file,
      },
    );
  }

  if (output !== null) await writeOutput(output, result, options.output ?? output);
  return { files, output, result };
}

async function writeOutput(output: string, result: PipelineResult, shown: string): Promise<void> {
  try {
    const bytes = await writeWorkbook(result.sheets);
    await mkdir(dirname(output), { recursive: true });
    await writeFile(output, bytes);
  } catch (error) {
    throw new UserError('write.failed', { file: shown, reason: reasonOf(error) });
  }
}

function realOrResolved(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync.native(absolute);
  } catch {
    // The output may not exist yet: compare its folder's real path.
    try {
      return resolve(realpathSync.native(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ?? error.message;
  }
  return String(error);
}
