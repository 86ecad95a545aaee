/**
 * What the extension pages need from the browser, behind one interface so connectors can be tested
 * with fakes. `createBrowserEnv` binds it to the real extension APIs.
 */
import { browser, type PublicPath } from 'wxt/browser';
import type { SendFn } from '../dom/contentApp.ts';
import { tabEnvelope, type TabProtocolMap } from '../messaging.ts';
import { sendRequest } from '../messagingClient.ts';

export interface UiEnv {
  send: SendFn;
  /** Asks a tab's content script to scroll to a post. Rejects when the tab has no content script. */
  focusPostInTab(tabId: number, key: string): Promise<TabProtocolMap['focusPost']['response']>;
  activeTabId(): Promise<number | null>;
  activateTab(tabId: number): Promise<void>;
  /** Opens one of our pages (e.g. '/lessons.html#topic') in a new tab. */
  openPage(path: string): Promise<void>;
  openOptions(): Promise<void>;
  /** Calls back when extension storage changes (settings written by another page). */
  onStorageChanged(listener: () => void): () => void;
  navigatorLanguage(): string | undefined;
  /** The shipped model's version, from its metadata. */
  modelVersion(): Promise<string | null>;
  extensionUrl(path: string): string;
  /** Offers `text` to the user as a file download. */
  saveFile(filename: string, text: string): void;
  /**
   * Optional host permissions (issue #3: the generic article adapter). `request` must be called
   * synchronously from a click or change handler: browsers only prompt during a user gesture.
   */
  permissions?: {
    request(origins: readonly string[]): Promise<boolean>;
    contains(origins: readonly string[]): Promise<boolean>;
    remove(origins: readonly string[]): Promise<boolean>;
  };
}

export function createBrowserEnv(doc: Document): UiEnv {
  const url = (path: string): string => browser.runtime.getURL(path as PublicPath);
  return {
    send: sendRequest,
    async focusPostInTab(tabId, key) {
      const reply = (await browser.tabs.sendMessage(tabId, tabEnvelope('focusPost', { key }))) as
        TabProtocolMap['focusPost']['response'] | undefined;
      return { found: reply?.found === true };
    },
    async activeTabId() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    async activateTab(tabId) {
      await browser.tabs.update(tabId, { active: true });
    },
    async openPage(path) {
      await browser.tabs.create({ url: url(path) });
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
    onStorageChanged(listener) {
      const handler = (): void => listener();
      browser.storage.onChanged.addListener(handler);
      return () => browser.storage.onChanged.removeListener(handler);
    },
    navigatorLanguage: () => doc.defaultView?.navigator.language,
    async modelVersion() {
      try {
        const response = await fetch(url('/model/basirat-model.json'));
        const metadata = (await response.json()) as { version?: unknown };
        return typeof metadata.version === 'string' ? metadata.version : null;
      } catch {
        return null;
      }
    },
    extensionUrl: url,
    permissions: {
      request: (origins) => browser.permissions.request({ origins: [...origins] }),
      contains: (origins) => browser.permissions.contains({ origins: [...origins] }),
      remove: (origins) => browser.permissions.remove({ origins: [...origins] }),
    },
    saveFile(filename, text) {
      const link = doc.createElement('a');
      link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      link.download = filename;
      doc.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    },
  };
}

/** Sets the page's language, direction and title, so the whole page mirrors for Urdu. */
export function applyDocumentLanguage(doc: Document, lang: 'en' | 'ur', title: string): void {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = lang === 'ur' ? 'rtl' : 'ltr';
  doc.title = title;
}
