import { adapterFor, ALL_MATCHES, GENERIC_ADAPTER } from '../utils/sites/index.ts';
import { startContentApp } from '../utils/dom/contentApp.ts';
import { listenForFocusRequests } from '../utils/dom/focusPost.ts';

// Thin on purpose (DESIGN.md): pick the site's adapter, start the app, stop when the extension goes away.
export default defineContentScript({
  matches: [...ALL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    // Off the eight sites this script runs only when registered for the user's opt-in (issue #3).
    const adapter = adapterFor(new URL(location.href)) ?? GENERIC_ADAPTER;
    const app = startContentApp({ adapter, site: adapter.id, document, window });
    // Issue #4: the popup's "show me this post".
    const stopFocus = listenForFocusRequests({ document, adapter });
    ctx.onInvalidated(() => {
      stopFocus();
      app.stop();
    });
  },
});
