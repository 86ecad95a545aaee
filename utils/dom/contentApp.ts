/**
 * The content script's application: settings → watcher → `classify` → applier. Everything it touches
 * (messaging, storage events, extension URLs, timers) is injected so tests drive it with fakes.
 *
 * Attribute lifecycle per post: (none) → pending (watcher) → clear | flagged (verdict), or
 * clear + data-basirat-error="unavailable" when the background stays unreachable after the retries;
 * those are sent again after the next successful request or when the tab becomes visible.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { resolveUiLanguage, type UiLang } from '../i18n/index.ts';
import type { MessageType, PostVerdict, Request, Response } from '../messaging.ts';
import { MAX_POSTS_PER_REQUEST } from '../messaging.ts';
import { sendRequest } from '../messagingClient.ts';
import { normalizeHost, type Settings } from '../settings.ts';
import type { SiteAdapter, SiteId } from '../sites/types.ts';
import { createApplier, type Applier } from './apply.ts';
import { ATTR_ERROR, ATTR_OFF, ATTR_STATE } from './contract.ts';
import { createWatcher, type WatchedPost, type Watcher } from './watcher.ts';

export type SendFn = <K extends MessageType>(type: K, payload: Request<K>) => Promise<Response<K>>;

export interface ContentAppOptions {
  adapter: SiteAdapter;
  site: SiteId;
  document: Document;
  window: Window;
  send?: SendFn;
  /** Waits between attempts of one request; after the last one the posts are marked unavailable. */
  retryDelaysMs?: readonly number[];
  /** Calls back when stored settings may have changed; returns an unsubscribe function. */
  watchSettings?(onChange: () => void): () => void;
  /** Full URL of an extension page (help.html#topic). */
  extensionUrl?(path: string): string;
  sliceMs?: number;
  maxQueue?: number;
}

export interface ContentApp {
  /** Resolves once the first settings answer was handled (or given up on). */
  readonly ready: Promise<void>;
  /** Re-reads settings and applies them (display mode, language, site switch, pause). */
  refreshSettings(): Promise<void>;
  /** Stops observing and removes everything Basirat added to the page. */
  stop(): void;
  readonly watcher: Watcher | null;
  readonly settings: Settings | null;
}

export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [250, 1000, 3000];
/** Storage writes that are not settings (e.g. counters) must not trigger a settings round trip. */
const SETTINGS_KEY = /settings|policy|paused/i;

function defaultWatchSettings(onChange: () => void): () => void {
  const events = browser?.storage?.onChanged;
  if (!events) return () => undefined;
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'managed' || Object.keys(changes).some((key) => SETTINGS_KEY.test(key))) onChange();
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}

function defaultExtensionUrl(path: string): string {
  return browser.runtime.getURL(path as PublicPath);
}

export function isHostPaused(hostname: string, pausedHosts: readonly string[]): boolean {
  const host = normalizeHost(hostname);
  return pausedHosts.some((entry) => {
    const paused = normalizeHost(entry);
    return paused !== '' && (host === paused || host.endsWith(`.${paused}`));
  });
}

export function startContentApp(options: ContentAppOptions): ContentApp {
  const { adapter, site, document: doc, window: win } = options;
  const send: SendFn = options.send ?? sendRequest;
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const extensionUrl = options.extensionUrl ?? defaultExtensionUrl;

  let stopped = false;
  let settings: Settings | null = null;
  let watcher: Watcher | null = null;
  let applier: Applier | null = null;
  let lang: UiLang = 'en';
  /** Some posts are marked unavailable: send them again after the next success. */
  let outage = false;
  const timers = new Set<number>();

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const id = win.setTimeout(() => {
        timers.delete(id);
        resolve();
      }, ms);
      timers.add(id);
    });
  }

  /** One request with the retry schedule; undefined when every attempt failed (or we stopped). */
  async function withRetry<K extends MessageType>(type: K, payload: Request<K>): Promise<Response<K> | undefined> {
    for (let attemptIndex = 0; ; attemptIndex++) {
      try {
        return await send(type, payload);
      } catch {
        // Usually the service worker was stopped mid-request; the next message wakes it up.
        const delay = delays[attemptIndex];
        if (stopped || delay === undefined) return undefined;
        await sleep(delay);
        if (stopped) return undefined;
      }
    }
  }

  function isCurrent(item: WatchedPost): boolean {
    // A newer request is in flight when the text changed since this one was sent.
    return item.element.isConnected && watcher?.textOf(item.element) === item.text;
  }

  function requeueUnavailable(): void {
    if (!watcher || !outage) return;
    outage = false;
    const posts = Array.from(doc.querySelectorAll<HTMLElement>(`[${ATTR_STATE}][${ATTR_ERROR}="unavailable"]`));
    if (posts.length > 0) watcher.requeue(posts);
  }

  async function classify(batch: WatchedPost[]): Promise<void> {
    const owner = watcher;
    for (let start = 0; start < batch.length; start += MAX_POSTS_PER_REQUEST) {
      const chunk = batch.slice(start, start + MAX_POSTS_PER_REQUEST);
      const response = await withRetry('classify', { site, texts: chunk.map((item) => item.text) });
      // Paused or restarted meanwhile: this answer belongs to a watcher that no longer exists.
      if (stopped || !watcher || !applier || watcher !== owner) return;
      const verdicts: readonly (PostVerdict | undefined)[] = response?.verdicts ?? [];
      const answered = response !== undefined && verdicts.length === chunk.length;
      const target = applier;
      watcher.mutate(() => {
        chunk.forEach((item, index) => {
          if (!isCurrent(item)) return;
          const verdict = verdicts[index];
          if (answered && verdict) target.applyVerdict(item.element, verdict, item.text);
          else target.markUnavailable(item.element);
        });
      });
      if (answered) requeueUnavailable();
      else outage = true;
    }
  }

  async function sendFeedback(post: HTMLElement, text: string, verdict: PostVerdict): Promise<void> {
    const response = await send('feedback', { site, text, verdict: 'not_propaganda', techniques: verdict.techniques });
    if (!response.saved) throw new Error('feedback not saved');
  }

  /** Releases (or re-arms) the document_start hide stylesheet for this page (prehide.ts). */
  function markOff(off: boolean): void {
    try {
      const html = doc.documentElement;
      if (off) html.setAttribute(ATTR_OFF, '');
      else html.removeAttribute(ATTR_OFF);
    } catch {
      // No root element: nothing is hidden either.
    }
  }

  function start(current: Settings): void {
    markOff(false);
    lang = resolveUiLanguage(current.uiLanguage, win.navigator?.language);
    const target = createApplier({
      document: doc,
      adapter,
      mode: current.displayMode,
      lang,
      helpUrl: (topic) => `${extensionUrl('/help.html')}#${encodeURIComponent(topic)}`,
      onFeedback: sendFeedback,
    });
    applier = target;
    target.ensureStyle();
    watcher = createWatcher({
      root: doc,
      adapter,
      window: win,
      sliceMs: options.sliceMs,
      maxQueue: options.maxQueue,
      markPending: (post) => target.markPending(post),
      markEmpty: (post) => target.markEmpty(post),
      onPosts: (batch) => {
        void classify(batch);
      },
      onRevisit: (posts) => watcher?.mutate(() => posts.forEach((post) => target.repair(post))),
      onSlice: () => watcher?.mutate(() => target.ensureStyle()),
    });
  }

  function halt(): void {
    markOff(true);
    watcher?.stop();
    watcher = null;
    applier?.cleanup();
    applier = null;
    outage = false;
  }

  function enabledFor(current: Settings): boolean {
    return current.sites[site] !== false && !isHostPaused(win.location.hostname, current.pausedHosts);
  }

  async function refreshSettings(): Promise<void> {
    const next = await withRetry('getSettings', {});
    if (stopped || !next) return;
    const previous = settings;
    settings = next;
    if (!enabledFor(next)) {
      halt();
      return;
    }
    if (!watcher || !applier) {
      start(next);
      return;
    }
    const nextLang = resolveUiLanguage(next.uiLanguage, win.navigator?.language);
    const target = applier;
    watcher.mutate(() => target.setDisplay(next.displayMode, nextLang));
    lang = nextLang;
    if (previous && previous.sensitivity !== next.sensitivity) reclassifyAll();
  }

  /** Sensitivity changed: score what is on screen again, without hiding it meanwhile. */
  function reclassifyAll(): void {
    const current = watcher;
    if (!current) return;
    const items: WatchedPost[] = [];
    for (const element of doc.querySelectorAll<HTMLElement>(`[${ATTR_STATE}="clear"], [${ATTR_STATE}="flagged"]`)) {
      const text = current.textOf(element);
      if (text) items.push({ element, text });
    }
    for (let start = 0; start < items.length; start += 32) void classify(items.slice(start, start + 32));
  }

  let refreshQueued = false;
  function queueRefresh(): void {
    // Storage events come in bursts; one settings round trip per burst.
    if (refreshQueued || stopped) return;
    refreshQueued = true;
    void sleep(50).then(() => {
      refreshQueued = false;
      if (!stopped) void refreshSettings();
    });
  }

  const onVisibility = (): void => {
    if (doc.visibilityState !== 'visible') return;
    queueRefresh();
    requeueUnavailable();
  };
  doc.addEventListener('visibilitychange', onVisibility);
  let unwatch: () => void = () => undefined;
  try {
    unwatch = (options.watchSettings ?? defaultWatchSettings)(queueRefresh);
  } catch {
    // Without storage events a display-mode change still applies when the tab is shown again.
  }

  const ready = refreshSettings().catch(() => undefined);

  return {
    ready,
    refreshSettings,
    stop() {
      if (stopped) return;
      stopped = true;
      for (const id of timers) win.clearTimeout(id);
      timers.clear();
      doc.removeEventListener('visibilitychange', onVisibility);
      attemptQuietly(unwatch);
      halt();
    },
    get watcher() {
      return watcher;
    },
    get settings() {
      return settings;
    },
  };
}

function attemptQuietly(run: () => void): void {
  try {
    run();
  } catch {
    // Unsubscribing from a dead extension context can throw; nothing is left to clean up then.
  }
}
