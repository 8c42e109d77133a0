import { createOfficeActions } from '../app/office-actions';
import { readWorkbookGrids, selectCell, writeOutputs } from '../host/office';
import { renderApp } from './render-app';

/**
 * The same UI on chosen files, the engine in a Web Worker: loaded as its own chunk, as
 * Excel never needs it.
 */
function renderOnFiles(): void {
  void Promise.all([
    import(/* webpackChunkName: "files-mode" */ '../standalone/start-engine-worker'),
    import(/* webpackChunkName: "files-mode" */ '../standalone/worker-actions'),
  ]).then(([worker, actions]) =>
    renderApp(actions.createWorkerActions(worker.startEngineWorker())),
  );
}

/**
 * Task pane entry. Inside Excel: Office.onReady, then the UI on the open workbook. In a
 * plain browser (no Office host, or office.js not loaded at all): the same UI on chosen
 * files, so the page works without Excel.
 */
function start(): void {
  if (typeof Office === 'undefined') {
    renderOnFiles();
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
      renderOnFiles();
    }
  });
}

start();
