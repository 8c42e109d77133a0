/// <reference types="office-js" />
import { formatMessage } from '../core/diagnostics';
import type { IssueLevel } from '../core/diagnostics';
import type { RunRequest } from '../app/host-actions';
import { noTownshipError } from '../app/no-township';
import { sheetsWithCharts } from '../app/chart-output';
import { runRequest } from '../app/saved-settings';
import type { ReadGridsOptions } from '../host/office/read-grids';
import { readWorkbookGrids } from '../host/office/read-grids';
import type { WriteSheetsOptions } from '../host/office/write-sheets';
import { writeOutputs } from '../host/office/write-sheets';

export interface OneClickOptions {
  /**
   * The run as the task pane would do it: period, area, sheet choices and templates saved
   * in the workbook (`readSavedRequest`); default: the defaults.
   */
  readonly request?: RunRequest;
  readonly read?: ReadGridsOptions;
  readonly write?: WriteSheetsOptions;
}

/** What a one-click run did, as the notice shows it. */
export interface OneClickOutcome {
  /** Names of the sheets written (none when no statistics sheet was found). */
  readonly sheetNames: readonly string[];
  readonly counts: Readonly<Record<IssueLevel, number>>;
  /** The Chinese notice for the user. */
  readonly message: string;
}

const DEFAULT_REQUEST: RunRequest = { period: '', area: '', sheets: [] };

/**
 * The ribbon's 一键汇总 on an open workbook, in one request context: read every sheet, run
 * the engine as the task pane would with the saved request (`runRequest`), write the output
 * sheets. Edited output sheets are never replaced from the ribbon (there is no pane to ask
 * in): the results go beside them and the notice says so. When no statistics sheet is found
 * nothing is written. Errors from Excel reject (the caller reports them).
 *
 * @example
 * const outcome = await Excel.run((context) =>
 *   runOneClick(context, { request: readSavedRequest(Office.context.document.settings) }),
 * );
 * outcome.message // "汇总完成，已生成：汇总、分乡镇。审核结果：错误 0 条，核实 1 条，提示 2 条"
 */
export async function runOneClick(
  context: Excel.RequestContext,
  options: OneClickOptions = {},
): Promise<OneClickOutcome> {
  const grids = await readWorkbookGrids(context, options.read);
  const result = await runRequest(grids, options.request ?? DEFAULT_REQUEST);
  const counts = { error: 0, verify: 0, info: 0 };
  for (const found of result.issues) counts[found.level]++;
  const noTownship = noTownshipError(result, null);
  if (noTownship !== null) return { sheetNames: [], counts, message: noTownship.message };
  const request = options.request ?? DEFAULT_REQUEST;
  const sheets = sheetsWithCharts(result, request.charts);
  const report = await writeOutputs(context, sheets, options.write);
  const message = [
    `${formatMessage('addin.done', { sheets: report.names.join('、') })}。${formatMessage(
      'audit.summary',
      counts,
    )}`,
    ...report.notices,
  ].join('\n');
  return { sheetNames: report.names, counts, message };
}

/**
 * The notice for a failed run: the error's own text when it has one (a catalogue message
 * or Excel's), inside the catalogue's failure sentence.
 *
 * @example
 * failureMessage(new Error('文件已损坏')) // "一键汇总失败：文件已损坏"
 */
export function failureMessage(error: unknown): string {
  const reason =
    error instanceof Error && error.message !== ''
      ? error.message
      : formatMessage('addin.unknown-error');
  return formatMessage('addin.failed', { reason });
}
