/// <reference types="office-js" />
import { failureMessage, runOneClick, type OneClickOutcome } from './run-one-click';

/** What the ribbon handler needs from Office: running a batch and showing a notice. */
export interface OneClickDeps {
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  readonly notify: (message: string) => Promise<void>;
  /** Where failures are logged besides the notice (default console.error). */
  readonly log?: (error: unknown) => void;
}

/**
 * The handler of the ribbon button 一键汇总 (manifest FunctionName "runOneClick"): runs the
 * pipeline on the open workbook, then shows the outcome, or the failure, in a notice. A
 * failure is reported, never swallowed; `event.completed()` is always called, even when
 * the notice itself cannot be shown.
 *
 * @example
 * Office.actions.associate(
 *   'runOneClick',
 *   oneClickHandler({ run: (batch) => Excel.run(batch), notify: showNotice }),
 * );
 */
export function oneClickHandler(
  deps: OneClickDeps,
): (event: Pick<Office.AddinCommands.Event, 'completed'>) => Promise<void> {
  return async (event) => {
    let message: string;
    try {
      const outcome: OneClickOutcome = await deps.run((context) => runOneClick(context));
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
