import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ChartImage } from '../core/charts/chart-image';
import type { PipelineResult } from '../core/pipeline';
import { buildReportModel } from '../core/report';
import { renderReportDocx } from '../host/docx/render-report';
import { errorReason, UserError } from './user-error';

/** The command line's Word report (`--docx`). */
export interface WordReportOptions {
  /** Where to write the .docx, as the user gave it. */
  readonly path: string;
  /** Adds the 分乡镇 tables (`--docx-townships`). */
  readonly byTownship?: boolean;
  /** The chart images to lay out as figures; none when absent. */
  readonly chartImages?: (result: PipelineResult) => Promise<readonly ChartImage[]>;
}

/**
 * Writes the Word report of `result` to `absolute` (folders made as needed). Throws a
 * `UserError` (write.failed, naming the file as the user gave it) when it cannot.
 *
 * @example await writeReportFile('/tmp/报告.docx', { path: '报告.docx' }, result);
 */
export async function writeReportFile(
  absolute: string,
  options: WordReportOptions,
  result: PipelineResult,
): Promise<void> {
  try {
    const images = (await options.chartImages?.(result)) ?? [];
    const model = buildReportModel(result, {
      byTownship: options.byTownship === true,
      chartTitles: images.map((image) => image.title),
    });
    const bytes = await renderReportDocx(model, images);
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, bytes);
  } catch (error) {
    throw new UserError('write.failed', { file: options.path, reason: errorReason(error) });
  }
}
