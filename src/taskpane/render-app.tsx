import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { HostActions } from '../app/host-actions';
import { App } from './components/app';
import { browserChartImages } from './word-report';

/**
 * Mounts the task pane UI with the given host actions into `#root`.
 *
 * @example renderApp(createStandaloneActions());
 */
export function renderApp(actions: HostActions, container = document.getElementById('root')): void {
  if (container === null) throw new Error('renderApp: the page has no #root element');
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App actions={actions} chartImages={browserChartImages} />
      </FluentProvider>
    </StrictMode>,
  );
}
