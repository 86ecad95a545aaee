import { render } from 'preact';
import '../../components/shared/pages.css';
import { createHelpConnector } from '../../utils/ui/connectors/help.ts';
import { createBrowserEnv } from '../../utils/ui/env.ts';
import { App } from './App.tsx';

// Wiring only (DESIGN.md). help.html is web-accessible (the label links to it from web pages), so it
// only reads: settings for the language and the resource pack.
const connector = createHelpConnector(createBrowserEnv(document), location.hash);
render(<App connector={connector} />, document.getElementById('app')!);
