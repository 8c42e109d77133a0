/// <reference types="office-js" />
import { readSavedRequest, refreshSettings, type DocumentSettings } from '../app/saved-settings';
import { failureMessage, runOneClick, type OneClickOutcome } from './run-one-click';

/** What the ribbon handler needs from Office: running a batch and showing a notice. */
export interface OneClickDeps {
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  readonly notify: (message: string) => Promise<void>;
  /**
   * The document's settings, where the task pane keeps templates, period, area and sheet
   * choices (`Office.context.document.settings`); absent = the defaults.
   */
  readonly settings?: DocumentSettings;
  /** Where failures are logged besides the notice (default console.error). */
  readonly log?: (error: unknown) => void;
}

/**
 * The handler of the ribbon button 一键汇总 (manifest FunctionName "runOneClick"): re-reads
 * the settings the task pane saved in the workbook, runs the engine on the open workbook
 * as the pane would (`readSavedRequest`), then shows the outcome, or the failure, in a
 * notice. A
 * failure is reported, never swallowed; `event.completed()` is always called, even when
 * the notice itself cannot be shown.
 *
 * @example
 * Office.actions.associate(
 *   'runOneClick',
 *   oneClickHandler({
 *     run: (batch) => Excel.run(batch),
 *     notify: showNotice,
 *     settings: Office.context.document.settings,
 *   }),
 * );
 */
export function oneClickHandler(
  deps: OneClickDeps,
): (event: Pick<Office.AddinCommands.Event, 'completed'>) => Promise<void> {
  return async (event) => {
    let message: string;
    try {
      const settings = deps.settings;
      if (settings !== undefined) await refreshSettings(settings);
      const request = settings !== undefined ? readSavedRequest(settings) : undefined;
      const outcome: OneClickOutcome = await deps.run((context) =>
        runOneClick(context, request !== undefined ? { request } : {}),
      );
      message = outcome.message;
    } catch (error) {
      (deps.log ?? console.error)(error);
      message = failureMessage(error);
    }
    try {
      await deps.notify(message);
    } catch (error) {
      (deps.log ?? console.error)(error);
    } finally {
      event.completed();
    }
  };
}
