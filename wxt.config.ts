import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

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
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage'],
    content_security_policy: {
      // onnxruntime-web compiles its wasm at run time.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
  },
});
