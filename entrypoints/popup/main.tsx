import { render } from 'preact';
import '../../components/shared/pages.css';
import { createPopupConnector, tabIdFromSearch } from '../../utils/ui/connectors/popup.ts';
import { createBrowserEnv } from '../../utils/ui/env.ts';
import { App } from './App.tsx';

// Wiring only (DESIGN.md): the connector talks to the background, App renders the component.
const connector = createPopupConnector(createBrowserEnv(document), { tabId: tabIdFromSearch(location.search) });
render(<App connector={connector} />, document.getElementById('app')!);
