import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { ChartSettings } from '../core/charts';
import { formatMessage } from '../core/diagnostics/format';
import { installConverters } from './install-converters';
import { issue, type Issue } from '../core/diagnostics/issue';
import type { WorkbookGrids } from '../core/grid';
import { runPipeline, type PipelineOptions, type PipelineResult } from '../core/pipeline';
import { readInput } from './read-input';
import type { ChartSheet, WriteOptions } from '../host/xlsx/write-workbook';
import { writeWorkbookFile } from '../host/xlsx/write-workbook-file';
import type { WordReportOptions } from './write-report-file';
import { collectInputs, statOrNull } from './collect-inputs';
import { dedupeInputs, type InputIdentity } from './dedupe-inputs';
import { screenResults } from './result-inputs';
import { noTownshipError } from './no-township';
import { releaseMemory } from './release-memory';
import { errorReason, UserError } from './user-error';

// Every run may meet Traditional text: each converter is loaded on its first conversion.
installConverters();

/** From this many townships on, memory is released before the result is written. */
const LARGE_COUNTY = 200;

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
  /**
   * The chart choices for the 图表 sheet of the output; false: no 图表 sheet. Pictures are
   * drawn only when an output is written.
   */
  readonly charts?: Partial<ChartSettings> | false;
  /** The Word report to write as well (`--docx`). */
  readonly docx?: WordReportOptions;
}

export interface RunSummary {
  /** The files consolidated, in order. */
  readonly files: readonly string[];
  /** Files found (named, or in folders), each counted once per path given. */
  readonly found: number;
  /** Files found but not consolidated: old formats, read twice, our own results. */
  readonly skipped: number;
  /** The absolute path written, or null when no output was asked for. */
  readonly output: string | null;
  /** The absolute path of the Word report written, or null. */
  readonly docx: string | null;
  readonly result: PipelineResult;
  /**
   * Why the 图表 sheet has no pictures (no chart to draw, no CJK font), in the catalogue's
   * words; empty when pictures were drawn (their notes are on the sheet) or not asked for.
   */
  readonly chartNotes: readonly string[];
}

/**
 * The command line's use case: collects the inputs (files, folders searched with their
 * subfolders), reads each workbook once (by real path and by content), leaves out our own
 * earlier results where they would count twice, runs the pipeline with a notice for every
 * file left out, and writes the output sheets, marked as our result with the hashes of the
 * files read, into a new workbook at `options.output` (when given). Inputs are only ever
 * read. Throws a `UserError` (one Chinese line) for a missing file, a file that is not
 * .xlsx, a corrupt workbook, inputs without any township sheet (saying why sheets were
 * skipped), an output path that is a folder, inside a file, not .xlsx, one of the inputs,
 * or cannot be written.
 *
 * @example
 * const { result } = await runOnFiles(['乡镇报表'], { output: '汇总结果.xlsx', pipeline: { period: '上半年' } });
 * result.consolidation.townships // ["东城镇", "西城镇"]
 */
export async function runOnFiles(
  inputs: readonly string[],
  options: RunOptions,
): Promise<RunSummary> {
  const shownOutput = options.output;
  const output = shownOutput === undefined ? null : resolve(shownOutput);
  if (output !== null && shownOutput !== undefined) checkOutput(output, shownOutput);
  const shownDocx = options.docx?.path;
  const docx = shownDocx === undefined ? null : resolve(shownDocx);
  if (docx !== null && shownDocx !== undefined) checkOutput(docx, shownDocx, '.docx');
  const collected = collectInputs(inputs);
  const outputReal = output === null ? null : realOrResolved(output);
  const docxReal = docx === null ? null : realOrResolved(docx);
  // A file named by the user is never overwritten; one found in a folder only when it is
  // our own earlier result (a second run with -o inside the input folder): checked once read.
  // The Word report never replaces an input, named or found.
  for (const { path, inFolder } of collected.files) {
    const real = realOrResolved(path);
    if (!inFolder && real === outputReal) {
      throw new UserError('write.same-as-input', { file: shownOutput ?? output });
    }
    if (real === docxReal) throw new UserError('write.same-as-input', { file: shownDocx ?? docx });
  }

  // Each file is read from disk once: hashed, then parsed from the same bytes.
  const hashes = new Map<string, string>();
  const contents = new Map<string, Buffer>();
  const identified = [];
  for (const file of collected.files) {
    const real = realOrResolved(file.path);
    let hash = hashes.get(real);
    if (hash === undefined) {
      const bytes = await readFile(file.path, { flag: 'r' }).catch(() => null);
      // Unreadable: reading it says why; it is never the same as another file.
      hash = bytes === null ? `unreadable:${real}` : sha256(bytes);
      hashes.set(real, hash);
      if (bytes !== null) contents.set(real, bytes);
    }
    identified.push({ ...file, shown: file.path, file: basename(file.path), real, hash });
  }
  const deduped = dedupeInputs(identified);
  const keptReal = new Set(deduped.kept.map((input) => input.real));
  for (const real of contents.keys()) if (!keptReal.has(real)) contents.delete(real);

  const { result, kept } = await readAndConsolidate(deduped.kept, contents, {
    ...options,
    outputReal,
    shownOutput,
    notices: [...collected.notices, ...deduped.notices],
  });
  const noTownship = noTownshipError(result, kept.map((input) => basename(input.path)).join('、'));
  if (noTownship !== null) throw noTownship;

  // The charts are drawn once, for the 图表 sheet and the Word report alike, off the main
  // thread: the writer writes the other sheets while they are drawn.
  const wantCharts = options.charts !== false && (output !== null || docx !== null);
  const drawing = wantCharts ? chartSheet(result, options.charts || {}) : undefined;
  // Should the writing fail first, a failure of the drawing is no second, unheard error.
  drawing?.catch(() => undefined);
  if (output !== null) {
    // The grids are garbage now: a county of a thousand townships should not carry them
    // into the writing, where the run's memory peaks.
    if (result.consolidation.townships.length >= LARGE_COUNTY) releaseMemory();
    const marker = {
      area: result.words.area,
      period: result.words.period,
      sources: kept.map((input) => input.hash),
    };
    await writeOutput(output, result, shownOutput ?? output, {
      marker,
      ...(drawing ? { charts: drawing } : {}),
    });
  }
  const charts = await drawing;
  const chartNotes = charts !== undefined && charts.images.length === 0 ? charts.notes : [];
  if (docx !== null && options.docx !== undefined) {
    const images = charts?.images ?? [];
    // The Word writer (docx) is loaded only for --docx.
    const { writeReportFile } = await import('./write-report-file');
    await writeReportFile(
      docx,
      { chartImages: () => Promise.resolve(images), ...options.docx },
      result,
    );
  }
  return {
    chartNotes,
    files: kept.map((input) => input.path),
    found: collected.files.length + collected.skipped,
    skipped: collected.skipped + (collected.files.length - kept.length),
    output,
    docx,
    result,
  };
}

/**
 * Reads the inputs (from `contents` when already read), leaves out our own earlier result
 * at the output path and results that would count twice, and runs the pipeline. Only the
 * result and the kept files' paths and hashes are returned: the grids are garbage once the
 * pipeline is done, before the output is written.
 */
async function readAndConsolidate(
  inputs: readonly (InputIdentity & {
    readonly path: string;
    readonly real: string;
    readonly inFolder: boolean;
  })[],
  contents: Map<string, Buffer>,
  options: RunOptions & {
    readonly outputReal: string | null;
    readonly shownOutput: string | undefined;
    readonly notices: readonly Issue[];
  },
): Promise<{ result: PipelineResult; kept: { path: string; hash: string }[] }> {
  const { outputReal, shownOutput } = options;
  const read = [];
  const replaced: Issue[] = [];
  for (const [i, input] of inputs.entries()) {
    const grids = await readInput(input.path, contents.get(input.real));
    contents.delete(input.real);
    options.onProgress?.({ done: i + 1, total: inputs.length, file: input.path });
    if (input.real !== outputReal) {
      read.push({ ...input, grids });
    } else if (grids.result !== undefined) {
      replaced.push(
        issue('read.result-replaced', 'info', { file: input.file }, { file: input.shown }),
      );
    } else {
      throw new UserError('write.same-as-input', { file: shownOutput ?? input.shown });
    }
  }
  const screened = screenResults(read);

  const notices = [...options.notices, ...replaced, ...screened.notices];
  const workbooks: WorkbookGrids[] = screened.kept.map((input) => input.grids);
  const result = runPipeline(workbooks, {
    ...options.pipeline,
    notices: [...(options.pipeline?.notices ?? []), ...notices],
  });
  return { result, kept: screened.kept.map(({ path, hash }) => ({ path, hash })) };
}

/**
 * An output path we can write: not an existing folder, not under a file, ending in .xlsx
 * (we write a plain workbook: .xlsm or .xls would be a lie), or in .docx for the Word report.
 */
function checkOutput(output: string, shown: string, extension = '.xlsx'): void {
  const stat = statOrNull(output);
  if (stat?.isDirectory() === true) {
    throw new UserError('write.output-is-folder', {
      file: shown,
      example: join(shown, extension === '.xlsx' ? '汇总结果.xlsx' : '报告.docx'),
      option: extension === '.xlsx' ? '-o' : '--docx',
    });
  }
  for (let parent = dirname(output); ; parent = dirname(parent)) {
    const parentStat = statOrNull(parent);
    if (parentStat !== null) {
      if (!parentStat.isDirectory()) {
        throw new UserError('write.parent-is-file', { file: shown, parent });
      }
      break;
    }
    if (dirname(parent) === parent) break;
  }
  if (extname(output).toLowerCase() !== extension) {
    throw new UserError(extension === '.xlsx' ? 'write.not-xlsx' : 'write.not-docx', {
      file: shown,
    });
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The 图表 sheet's pictures and notes. The renderer (ECharts, resvg) is loaded only here, so
 * a run without an output or with --no-charts never loads it.
 */
async function chartSheet(
  result: PipelineResult,
  settings: Partial<ChartSettings> = {},
): Promise<ChartSheet> {
  const { renderCharts, CHART_IMAGE_SCALE } = await import('../host/charts/render-chart-images');
  try {
    const rendered = await renderCharts(result.consolidation, settings, result.words);
    return { images: rendered.images, notes: rendered.notes, scale: CHART_IMAGE_SCALE };
  } catch (error) {
    // A renderer failure (a broken font file) costs the pictures, not the result.
    const notes = [formatMessage('chart.render-failed', { reason: errorReason(error) })];
    return { images: [], notes, scale: CHART_IMAGE_SCALE };
  }
}

async function writeOutput(
  output: string,
  result: PipelineResult,
  shown: string,
  options: WriteOptions,
): Promise<void> {
  try {
    await mkdir(dirname(output), { recursive: true });
    await writeWorkbookFile(result.sheets, output, options);
  } catch (error) {
    throw new UserError('write.failed', { file: shown, reason: errorReason(error) });
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
