import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { prehideSites } from './utils/dom/prehide.ts';
import { ADAPTERS, ALL_MATCHES } from './utils/sites/index.ts';

/** Firefox add-on id (issue #5): policies.json addresses the extension by it (docs/deploy.md). */
export const GECKO_ID = 'basirat@basirat.invalid';

// Extension manifest and build settings. Versions and CSP choices are explained in DESIGN.md.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Preact through esbuild's automatic JSX runtime: no Babel, no extra Vite plugin (WXT bundles its own Vite).
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  hooks: {
    // onnxruntime-web's bundled glue fetches its wasm next to the background script at run time;
    // Vite does not see that URL, so the file is copied in as a public asset.
    'build:publicAssets': (_wxt, files) => {
      files.push({
        absoluteSrc: resolve('node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.wasm'),
        relativeDest: 'ort-wasm-simd-threaded.wasm',
      });
      // Issue #4: options links to the model card; a copy ships so it works offline (plain text).
      files.push({ absoluteSrc: resolve('model/README.md'), relativeDest: 'model-card.txt' });
      // Issue #3: hide mode's document_start stylesheets, generated from the adapters' own selectors.
      for (const { file, css } of prehideSites(ADAPTERS)) files.push({ contents: css, relativeDest: file });
    },
    // Issue #5, managed policy: Chrome/Edge read storage.managed through the schema; Firefox reads
    // policies.json by add-on id and knows neither key of the other, so each build gets only its own.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') {
        manifest.browser_specific_settings = {
          ...manifest.browser_specific_settings,
          gecko: { ...manifest.browser_specific_settings?.gecko, id: GECKO_ID },
        };
      } else {
        manifest.storage = { managed_schema: 'managed_schema.json' };
      }
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: the 30-day score retention runs twice a day (issue #5).
    // scripting + optional https hosts: the generic article adapter, only after the user opts in (issue #3).
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'scripting'],
    optional_host_permissions: ['https://*/*'],
    // Issue #3: the eight sites' hosts, so hide mode's registered document_start stylesheets are injected
    // there (registered scripts need host permissions; the static content script already asks for them,
    // so the install prompt is unchanged).
    host_permissions: [...ALL_MATCHES],
    content_security_policy: {
      // onnxruntime-web compiles its wasm at run time.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    // Issue #4: the inline label's "Help" link opens help.html from the sites Basirat runs on.
    web_accessible_resources: [{ resources: ['help.html'], matches: [...ALL_MATCHES] }],
  },
});
