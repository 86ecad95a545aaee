/**
 * "Show me this post" from the popup (issue #4): the popup sends the post's key to this tab's
 * content script, which finds the post whose text has that key, scrolls it into view, focuses it
 * and outlines it for a few seconds. Only extension pages can reach a content script through
 * tabs.sendMessage; the sender's extension id is checked anyway.
 */
import { browser } from 'wxt/browser';
import { parseTabMessage, type TabProtocolMap } from '../messaging.ts';
import { postKey } from '../postKey.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { ATTR_STATE } from './contract.ts';

const HIGHLIGHT_MS = 4000;

type FocusResponse = TabProtocolMap['focusPost']['response'];

function textOf(adapter: Pick<SiteAdapter, 'extract'>, post: HTMLElement): string {
  try {
    return adapter.extract(post)?.text ?? '';
  } catch {
    return '';
  }
}

function highlight(post: HTMLElement, win: Window): void {
  const { outline, outlineOffset } = post.style;
  post.style.outline = '3px solid #1a5fb4';
  post.style.outlineOffset = '2px';
  win.setTimeout(() => {
    post.style.outline = outline;
    post.style.outlineOffset = outlineOffset;
  }, HIGHLIGHT_MS);
}

/** Scrolls to and focuses the post with this key; false when no post on the page has it. */
export async function focusPostByKey(
  doc: Document,
  adapter: Pick<SiteAdapter, 'extract'>,
  key: string,
): Promise<boolean> {
  const posts = Array.from(doc.querySelectorAll<HTMLElement>(`[${ATTR_STATE}]`));
  // Flagged posts first: they are the ones the popup lists.
  posts.sort(
    (a, b) => Number(b.getAttribute(ATTR_STATE) === 'flagged') - Number(a.getAttribute(ATTR_STATE) === 'flagged'),
  );
  for (const post of posts) {
    const text = textOf(adapter, post);
    if (text.trim() === '' || (await postKey(text)) !== key) continue;
    const win = doc.defaultView;
    const reduceMotion = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
    post.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    // tabindex -1: focusable from script without joining the page's tab order.
    if (!post.hasAttribute('tabindex')) post.setAttribute('tabindex', '-1');
    post.focus({ preventScroll: true });
    if (win) highlight(post, win);
    return true;
  }
  return false;
}

interface MessageEvents {
  addListener(listener: (message: unknown, sender: { id?: string }) => Promise<FocusResponse> | undefined): void;
  removeListener(listener: (message: unknown, sender: { id?: string }) => Promise<FocusResponse> | undefined): void;
}

export interface FocusListenerOptions {
  document: Document;
  adapter: Pick<SiteAdapter, 'extract'>;
  /** Defaults to browser.runtime.onMessage and browser.runtime.id. */
  events?: MessageEvents;
  extensionId?: string;
}

/** Answers focusPost messages; returns the function that stops listening. */
export function listenForFocusRequests(options: FocusListenerOptions): () => void {
  const events = options.events ?? (browser.runtime.onMessage as unknown as MessageEvents);
  const extensionId = options.extensionId ?? browser.runtime.id;
  const listener = (message: unknown, sender: { id?: string }): Promise<FocusResponse> | undefined => {
    const parsed = parseTabMessage(message);
    // Not ours: answer synchronously with undefined so other listeners may respond.
    if (!parsed || sender.id !== extensionId) return undefined;
    return focusPostByKey(options.document, options.adapter, parsed.payload.key).then((found) => ({ found }));
  };
  events.addListener(listener);
  return () => {
    try {
      events.removeListener(listener);
    } catch {
      // The extension context may already be gone.
    }
  };
}
