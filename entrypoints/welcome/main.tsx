import { render } from 'preact';
import '../../components/shared/pages.css';
import { createWelcomeConnector } from '../../utils/ui/connectors/welcome.ts';
import { createBrowserEnv } from '../../utils/ui/env.ts';
import { App } from './App.tsx';

// Wiring only (DESIGN.md): the first-run page, opened once by the background on install (issue #3).
const connector = createWelcomeConnector(createBrowserEnv(document));
render(<App connector={connector} />, document.getElementById('app')!);
