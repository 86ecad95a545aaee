import { render } from 'preact';
import '../../components/shared/pages.css';
import '../../components/guardian/guardian.css';
import { createGuardianConnector } from '../../utils/guardian/connector.ts';
import { createOptionsConnector } from '../../utils/ui/connectors/options.ts';
import { createBrowserEnv } from '../../utils/ui/env.ts';
import { App } from './App.tsx';

// Wiring only (DESIGN.md): the connector talks to the background, App renders the component.
const env = createBrowserEnv(document);
const connector = createOptionsConnector(env);
// Issue #5: the guardian lock, policy badges and the link to the weekly summary.
const guardian = createGuardianConnector(env.send, connector.store.get().lang, {
  onStorageChanged: env.onStorageChanged,
  summaryUrl: env.extensionUrl('/summary.html'),
});
void guardian.refresh();
render(<App connector={connector} guardian={guardian} />, document.getElementById('app')!);
