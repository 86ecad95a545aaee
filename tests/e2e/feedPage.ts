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

declare global {
  interface Window {
    feed: FeedApi;
  }
}

const FEED_SCRIPT = `
(() => {
  const feed = document.getElementById('feed');
  const log = new Map();
  const pendingVisibility = [];
  let next = 0;
  const URDU = /[\\u0600-\\u06FF]/;

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

export function feedPageHtml(title = 'Home / X'): string {
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
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
<main role="main"><section aria-labelledby="timeline"><h1 id="timeline">Home</h1><div id="feed"></div></section></main>
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
