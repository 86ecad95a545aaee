import { adapterFor, ALL_MATCHES } from '../utils/sites/index.ts';
import { startContentApp } from '../utils/dom/contentApp.ts';

// Thin on purpose (DESIGN.md): pick the site's adapter, start the app, stop when the extension goes away.
export default defineContentScript({
  matches: [...ALL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return;
    const app = startContentApp({ adapter, site: adapter.id, document, window });
    ctx.onInvalidated(() => app.stop());
  },
});
