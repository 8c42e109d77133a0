import { createOfficeActions } from '../app/office-actions';
import { createStandaloneActions } from '../app/standalone-actions';
import { readWorkbookGrids, selectCell, writeOutputs } from '../host/office';
import { renderApp } from './render-app';

/**
 * Task pane entry. Inside Excel: Office.onReady, then the UI on the open workbook. In a
 * plain browser (no Office host, or office.js not loaded at all): the same UI on chosen
 * files, so the page works without Excel.
 */
function start(): void {
  if (typeof Office === 'undefined') {
    renderApp(createStandaloneActions());
    return;
  }
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      renderApp(
        createOfficeActions(
          { readWorkbookGrids, writeOutputs, selectCell },
          { run: (batch) => Excel.run(batch), settings: Office.context.document.settings },
        ),
      );
    } else {
      renderApp(createStandaloneActions());
    }
  });
}

start();
