import { render } from 'preact';
import '../../components/shared/pages.css';
import { createLessonsConnector } from '../../utils/ui/connectors/lessons.ts';
import { createBrowserEnv } from '../../utils/ui/env.ts';
import { App } from './App.tsx';

// Wiring only (DESIGN.md): the connector talks to the background, App renders the component.
const connector = createLessonsConnector(createBrowserEnv(document));
render(<App connector={connector} />, document.getElementById('app')!);
