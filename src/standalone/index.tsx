import { renderApp } from '../taskpane/render-app';
import { startEngineWorker } from './start-engine-worker';
import { createWorkerActions } from './worker-actions';

/**
 * Standalone page entry: the task pane UI on chosen .xlsx files, no Office, no network.
 * The engine (and exceljs) runs in a Web Worker, so the page never freezes.
 */
renderApp(createWorkerActions(startEngineWorker()));
