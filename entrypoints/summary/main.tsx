import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/shared/pages.css';
import '../../components/summary/summary.css';
import { createSummaryConnector } from '../../utils/reports/summaryConnector.ts';
import { createBrowserEnv } from '../../utils/ui/env.ts';
import { App } from './App.tsx';

// Wiring only (DESIGN.md): the connector talks to the background, App renders the component.
const connector = createSummaryConnector(createBrowserEnv(document), {
  extensionVersion: browser.runtime.getManifest().version,
});
render(<App connector={connector} />, document.getElementById('app')!);
void connector.refresh();
