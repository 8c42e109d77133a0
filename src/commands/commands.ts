/// <reference types="office-js" />
import { oneClickHandler } from './one-click-handler';
import { renderNotice, showNotice } from './notice';
import { noticeFromSearch } from './notice-url';

/**
 * Function file of the ribbon commands (commands.html). Registers 一键汇总 as
 * "runOneClick"; opened with ?notice=… it is instead the notice dialog and shows the text.
 */
function start(): void {
  const notice = noticeFromSearch(window.location.search);
  if (notice !== null) {
    renderNotice(document, notice);
    return;
  }
  if (typeof Office === 'undefined') return; // office.js did not load: not inside Office.
  void Office.onReady(() => {
    // Outside Office (a plain browser) there is no document, hence no saved settings.
    const settings = (Office.context as Partial<typeof Office.context> | undefined)?.document
      ?.settings;
    Office.actions.associate(
      'runOneClick',
      oneClickHandler({
        run: (batch) => Excel.run(batch),
        notify: showNotice,
        ...(settings !== undefined ? { settings } : {}),
      }),
    );
  });
}

start();
