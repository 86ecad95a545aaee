/**
 * Issue #3, wired to the real extension APIs: the first-run page on install, the generic article
 * adapter's content script kept in line with the user's opt-in (genericScript.ts), and hide mode's
 * document_start stylesheets kept in line with the display mode (prehideScripts.ts).
 */
import { browser } from 'wxt/browser';
import { openWelcomeOnInstall } from './firstRun.ts';
import { createGenericScriptSync, type ScriptingApi } from './genericScript.ts';
import { createPrehideSync, type PrehideScriptingApi } from './prehideScripts.ts';
import { readSettings, SETTINGS_KEY } from './settingsStore.ts';

export function startOptInServices(): void {
  openWelcomeOnInstall({
    onInstalled: browser.runtime.onInstalled,
    openTab: (url) => browser.tabs.create({ url }),
    welcomeUrl: browser.runtime.getURL('/welcome.html'),
  });

  const generic = createGenericScriptSync({
    scripting: (browser as { scripting?: unknown }).scripting as ScriptingApi | undefined,
    permissions: browser.permissions,
    enabled: async () => (await readSettings()).sites.generic,
  });
  const prehide = createPrehideSync({
    scripting: (browser as { scripting?: unknown }).scripting as PrehideScriptingApi | undefined,
    settings: readSettings,
  });
  const sync = (): void => {
    void generic.sync().catch((error: unknown) => console.warn('Basirat: generic adapter', error));
    void prehide.sync().catch((error: unknown) => console.warn('Basirat: hide-mode stylesheets', error));
  };
  // Every start of the background (browser start-up, install, a killed worker waking up) re-syncs.
  sync();
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.storage.onChanged.addListener((changes, area) => {
    // The user's settings, or the school's policy (storage.managed), may have changed sites or the mode.
    if (area === 'managed' || SETTINGS_KEY in changes) sync();
  });
}
