/**
 * A minimal X-like timeline (the markup the X adapter reads: `article[data-testid="tweet"]` with a
 * `[data-testid="tweetText"]`) with a small page-side API, so tests and the benchmark can add posts
 * the way infinite scroll does, edit a post's text, and read when each post changed state. The page
 * logs state changes with its own MutationObserver: that is what a page (or a user) can observe.
 */
import type { Page } from 'playwright-core';

/** One post as the page saw it; times are the page's `performance.now()`. */
export interface FeedLogEntry {
  id: number;
  added: number;
  /** First time the post was marked pending. */
  pending?: number;
  /** First time it became clear or flagged. */
  settled?: number;
  state?: string;
}

/** What the page exposes as `window.feed` (main world). */
export interface FeedApi {
  /** Appends posts (text set with textContent, never parsed); returns their ids. */
  add(texts: string[]): number[];
  setText(id: number, text: string): void;
  /** Removes every post. */
  clear(): void;
  log(): FeedLogEntry[];
  /** Computed `visibility` of a post's text at each moment it was seen pending. */
  pendingVisibility(): string[];
}

/** What the page's flash monitor saw (`window.flashMonitor`, installed before the body is parsed). */
export interface FlashReport {
  /** Text blocks checked (each is checked on every DOM change and every frame until its post is scored). */
  checked: number;
  /** Posts whose text was visible while not yet scored: "post id @ ms". */
  flashes: string[];
}

declare global {
  interface Window {
    feed: FeedApi;
    flashMonitor?: { report(): FlashReport };
  }
}

/**
 * Issue #3, hide-until-scored: from before the first post is parsed until each post is scored, its
 * text must never be visible. Checked at every DOM change (parser insertions and appends included,
 * before the browser can paint them) and in every animation frame. Visibility is computed on the
 * innermost text so a page rule on a descendant cannot hide a flash.
 */
const FLASH_MONITOR_SCRIPT = `
(() => {
  const flashes = [];
  const checkedBlocks = new WeakSet();
  let checked = 0;
  function check() {
    for (const block of document.querySelectorAll('[data-testid="tweetText"]')) {
      const post = block.closest('article');
      const state = post && post.getAttribute('data-basirat');
      if (state === 'clear' || state === 'flagged') continue;
      if (!checkedBlocks.has(block)) { checkedBlocks.add(block); checked++; }
      const text = block.querySelector('span') || block;
      if (getComputedStyle(text).visibility !== 'hidden') {
        flashes.push((post && post.dataset.postId) + ' @ ' + Math.round(performance.now()));
      }
    }
  }
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  const frame = () => { check(); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  window.flashMonitor = { report: () => ({ checked, flashes: flashes.slice(0, 20) }) };
})();
`;

const FEED_SCRIPT = `
(() => {
  const feed = document.getElementById('feed');
  const log = new Map();
  const pendingVisibility = [];
  let next = 0;
  const URDU = /[\\u0600-\\u06FF]/;

  // Posts the server rendered into the HTML are logged as present from the start.
  for (const post of feed.querySelectorAll('article[data-post-id]')) {
    const id = Number(post.dataset.postId);
    log.set(id, { id, added: 0 });
    next = Math.max(next, id + 1);
  }

  function article(id, text) {
    const post = document.createElement('article');
    post.setAttribute('data-testid', 'tweet');
    post.dataset.postId = String(id);
    const user = document.createElement('div');
    user.setAttribute('data-testid', 'User-Name');
    user.textContent = 'Test account ' + id + ' @test_' + id;
    const body = document.createElement('div');
    body.setAttribute('data-testid', 'tweetText');
    body.setAttribute('dir', 'auto');
    if (URDU.test(text)) body.setAttribute('lang', 'ur');
    const span = document.createElement('span');
    span.textContent = text;
    body.append(span);
    post.append(user, body);
    return post;
  }

  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      const post = record.target;
      const entry = log.get(Number(post.dataset && post.dataset.postId));
      if (!entry) continue;
      const state = post.getAttribute('data-basirat');
      if (state === 'pending') {
        if (entry.pending === undefined) entry.pending = now;
        const text = post.querySelector('[data-testid="tweetText"] span');
        if (text) pendingVisibility.push(getComputedStyle(text).visibility);
      } else if (state === 'clear' || state === 'flagged') {
        if (entry.settled === undefined) entry.settled = now;
        entry.state = state;
      }
    }
  }).observe(feed, { subtree: true, attributes: true, attributeFilter: ['data-basirat'] });

  window.feed = {
    add(texts) {
      const fragment = document.createDocumentFragment();
      const ids = texts.map((text) => {
        const id = next++;
        fragment.append(article(id, text));
        log.set(id, { id, added: performance.now() });
        return id;
      });
      feed.append(fragment);
      return ids;
    },
    setText(id, text) {
      const span = feed.querySelector('[data-post-id="' + id + '"] [data-testid="tweetText"] span');
      if (span) span.textContent = text;
    },
    clear() {
      feed.replaceChildren();
    },
    log() {
      return [...log.values()];
    },
    pendingVisibility() {
      return [...pendingVisibility];
    },
  };
})();
`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Posts as a server would render them into the page's HTML (text escaped: it is never markup). */
function serverRenderedPosts(texts: readonly string[]): string {
  return texts
    .map(
      (text, id) =>
        `<article data-testid="tweet" data-post-id="${id}"><div data-testid="User-Name">Test account ${id}</div>` +
        `<div data-testid="tweetText" dir="auto"><span>${escapeHtml(text)}</span></div></article>`,
    )
    .join('\n');
}

export interface FeedPageOptions {
  /** Posts already in the HTML, before any script runs (what a server-rendered timeline does). */
  initialPosts?: readonly string[];
  /** Installs window.flashMonitor at the top of <head>. */
  flashMonitor?: boolean;
}

export function feedPageHtml(title = 'Home / X', options: FeedPageOptions = {}): string {
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
${options.flashMonitor ? `<script>${FLASH_MONITOR_SCRIPT}</script>` : ''}
<title>${title}</title>
<style>
  body { margin: 0; font: 15px/1.4 system-ui, sans-serif; background: #fff; color: #0f1419; }
  main { max-width: 600px; margin: 0 auto; border-inline: 1px solid #eff3f4; }
  article { display: block; padding: 12px 16px; border-bottom: 1px solid #eff3f4; min-height: 60px; }
  [data-testid="User-Name"] { font-weight: 700; margin-bottom: 4px; }
  [data-testid="tweetText"] { white-space: pre-wrap; }
</style>
</head>
<body>
<main role="main"><section aria-labelledby="timeline"><h1 id="timeline">Home</h1><div id="feed">${serverRenderedPosts(options.initialPosts ?? [])}</div></section></main>
<script>${FEED_SCRIPT}</script>
</body>
</html>`;
}

/** A post's state as the DOM contract shows it. */
export interface PostState {
  id: number;
  state: string | null;
  techniques: string | null;
  error: string | null;
  /** `basirat-label` elements in the post, and whether each has its open shadow root. */
  labels: number;
  labelsHaveShadow: boolean;
}

export function addPosts(page: Page, texts: string[]): Promise<number[]> {
  return page.evaluate((items) => window.feed.add(items), texts);
}

export function readStates(page: Page, ids: readonly number[]): Promise<PostState[]> {
  return page.evaluate(
    (wanted) =>
      wanted.map((id) => {
        const post = document.querySelector(`[data-post-id="${id}"]`);
        const labels = post ? [...post.querySelectorAll('basirat-label')] : [];
        return {
          id,
          state: post?.getAttribute('data-basirat') ?? null,
          techniques: post?.getAttribute('data-basirat-techniques') ?? null,
          error: post?.getAttribute('data-basirat-error') ?? null,
          labels: labels.length,
          labelsHaveShadow: labels.every((label) => label.shadowRoot !== null),
        };
      }),
    [...ids],
  );
}

/** Waits until every one of these posts is clear or flagged, and returns their states. */
export async function waitSettled(page: Page, ids: readonly number[], timeout = 30_000): Promise<PostState[]> {
  await page.waitForFunction(
    (wanted) =>
      wanted.every((id) => {
        const state = document.querySelector(`[data-post-id="${id}"]`)?.getAttribute('data-basirat');
        return state === 'clear' || state === 'flagged';
      }),
    [...ids],
    { timeout, polling: 50 },
  );
  return readStates(page, ids);
}
