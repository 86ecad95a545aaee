import { browser } from 'wxt/browser';
import { startBackground } from '@/utils/background/main';

export default defineBackground({
  // A module worker, so onnxruntime-web's ES module build loads in Chrome's service worker.
  type: 'module',
  main() {
    startBackground(browser.runtime.id);
  },
});
