/**
 * Issue #4's background services, wired for the real extension: per-tab warnings, the resource pack
 * store, and the handlers the popup, options, lessons and help pages call. main.ts adds these to its
 * listener; keeping them here leaves main.ts a short wiring list.
 */
import { browser } from 'wxt/browser';
import type { BasiratDb } from '../db.ts';
import type { PostVerdict, Request } from '../messaging.ts';
import { postKey } from '../postKey.ts';
import { createDexiePackCache } from '../resources/dexieCache.ts';
import { createResourceStore, downloadHttps } from '../resources/store.ts';
import { TRUSTED_PACK_KEYS } from '../resources/trustedKeys.ts';
import { packKeysFromPolicy } from '../policy/packKeys.ts';
import type { SenderInfo } from './router.ts';
import { readManagedPolicy, readSettings, updateSettings } from './settingsStore.ts';
import { createTabStore, type SessionArea } from './tabState.ts';
import { createUiHandlers, type UiHandlers } from './uiHandlers.ts';

export const BUNDLED_PACK_PATH = '/resources/basirat-resources.json';

async function loadBundledPack(): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(BUNDLED_PACK_PATH));
  if (!response.ok) throw new Error(`cannot load the bundled resource pack: HTTP ${response.status}`);
  return response.json();
}

export interface UiServices {
  handlers: UiHandlers;
  /** Records a classify batch for its tab's popup; never throws. */
  recordClassified(request: Request<'classify'>, verdicts: readonly PostVerdict[], sender: SenderInfo): Promise<void>;
}

export function startUiServices(getDb: () => BasiratDb): UiServices {
  // storage.session is missing in old Firefox versions: the popup then works from memory only.
  const session = (browser.storage as { session?: SessionArea & { clear(): Promise<void> } }).session;
  const tabs = createTabStore(session);
  const resources = createResourceStore({
    cache: createDexiePackCache(getDb),
    loadBundled: loadBundledPack,
    trustedKeys: TRUSTED_PACK_KEYS,
    extraTrustedKeys: async () => packKeysFromPolicy(await readManagedPolicy()),
    download: downloadHttps,
  });
  const handlers = createUiHandlers({
    tabs,
    resources,
    readSettings,
    updateSettings,
    local: browser.storage.local,
    session,
    deleteDatabase: async () => {
      await getDb().delete({ disableAutoOpen: false });
    },
  });

  // A page load or a closed tab starts the tab's list afresh.
  browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void tabs.forget(tabId);
  });

  return {
    handlers,
    async recordClassified(request, verdicts, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) return;
      try {
        const keys = await Promise.all(request.texts.map((text) => postKey(text)));
        await tabs.record({ tabId, url: sender.url, site: request.site, keys, texts: request.texts, verdicts });
      } catch (error) {
        console.warn(`basirat: could not record tab warnings: ${String(error)}`);
      }
    },
  };
}
