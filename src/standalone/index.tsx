import { createStandaloneActions } from '../app/standalone-actions';
import { renderApp } from '../taskpane/render-app';

/** Standalone page entry: the task pane UI on chosen .xlsx files, no Office, no network. */
renderApp(createStandaloneActions());
