/**
 * Finds new and changed posts without slowing the page down (DESIGN.md, convention 5, after uBlock's
 * contentscript.js): the MutationObserver callback only records touched nodes; all querying and
 * text extraction happens later in time slices of a few milliseconds, and nothing is scheduled
 * when there is nothing to do. Posts are remembered in a WeakMap only, so a post the page removes
 * can be garbage-collected; the queues hold strong references briefly and have a hard cap.
 */
import { ownersOf, queryAll } from '../sites/dom.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { ATTR_STATE, ATTR_TEXT_READ, LABEL_TAG, isInsideLabel, readStatus, setPending } from './contract.ts';

const LABEL_NODE_NAME = LABEL_TAG.toUpperCase();

/** One post handed to `onPosts`: the container and the text that was read from it. */
export interface WatchedPost {
  element: HTMLElement;
  text: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

export interface WatcherStats {
  /** Distinct post containers read at least once. */
  postsSeen: number;
  /** Posts handed to `onPosts` (new ones and re-scores). */
  postsSent: number;
  batches: number;
  slicesRun: number;
  maxSliceMs: number;
  totalSliceMs: number;
  /** Queue entries dropped at the cap (recovered later by a rescan). */
  dropped: number;
  /** Largest number of posts waiting in the queue at once (never above the cap). */
  maxQueued: number;
  rescans: number;
}

/** The parts of `window` the watcher uses; a fake in tests, the content script's window in use. */
export type WatcherWindow = Pick<Window, 'setTimeout' | 'clearTimeout' | 'addEventListener' | 'removeEventListener'> & {
  location: { href: string };
  requestAnimationFrame?: Window['requestAnimationFrame'];
  cancelAnimationFrame?: Window['cancelAnimationFrame'];
  MutationObserver?: typeof MutationObserver;
};

export interface WatcherOptions {
  /** What to observe: the document (normal use) or one subtree. */
  root: Document | HTMLElement;
  adapter: SiteAdapter;
  /** New or changed posts, already marked pending, at most `batchSize` at a time. */
  onPosts(batch: WatchedPost[]): void;
  /** Known posts that were touched but whose text did not change (e.g. the page removed our label). */
  onRevisit?(posts: HTMLElement[]): void;
  /** After every slice that did work: cheap upkeep such as re-creating a removed stylesheet. */
  onSlice?(): void;
  /** Marks a post pending; the applier passes its own so it can drop an old label. */
  markPending?(post: HTMLElement): void;
  /** Marks a post that has no text to score (image-only) as seen. */
  markEmpty?(post: HTMLElement): void;
  sliceMs?: number;
  /** Hard cap on queued posts and on touched nodes waiting to be looked at. */
  maxQueue?: number;
  batchSize?: number;
  window?: WatcherWindow;
  now?: () => number;
}

export interface Watcher {
  /** Disconnects everything and drops the queues. */
  stop(): void;
  /** Looks at every post again (SPA navigation does this by itself). */
  rescan(): void;
  /** Forgets what was read from these posts and sends them again (e.g. after an outage). */
  requeue(posts: Iterable<HTMLElement>): void;
  /** The text last read from a post, to match a late verdict against the current text. */
  textOf(post: HTMLElement): string | undefined;
  /** Runs our own DOM writes so that the observer does not report them back to us. */
  mutate<T>(write: () => T): T;
  /** Resolves when no work is queued (tests and benchmarks). */
  whenIdle(): Promise<void>;
  readonly stats: Readonly<WatcherStats>;
}

const MAX_BATCH = 32;
/** A partial batch waits for more posts while reading goes on, but never longer than this. */
const MAX_BATCH_WAIT_MS = 50;
/** A timer backs up requestAnimationFrame: hidden tabs get no frames, and work must still finish. */
const FRAME_FALLBACK_MS = 50;

function defaultNow(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    // Adapters read markup they do not control; one odd post must not stop the watcher.
    return fallback;
  }
}

export function createWatcher(options: WatcherOptions): Watcher {
  const { root, adapter, onPosts } = options;
  const sliceMs = options.sliceMs ?? 4;
  const maxQueue = Math.max(1, options.maxQueue ?? 2000);
  const batchSize = Math.min(MAX_BATCH, Math.max(1, options.batchSize ?? MAX_BATCH));
  const doc: Document = root.nodeType === 9 ? (root as Document) : (root as HTMLElement).ownerDocument;
  const win = (options.window ?? doc.defaultView) as WatcherWindow;
  const Observer = win.MutationObserver ?? globalThis.MutationObserver;
  const now = options.now ?? defaultNow;
  const markPending = options.markPending ?? setPending;
  const markEmpty = options.markEmpty ?? ((post: HTMLElement) => post.setAttribute(ATTR_STATE, 'clear'));

  const stats: WatcherStats = {
    postsSeen: 0,
    postsSent: 0,
    batches: 0,
    slicesRun: 0,
    maxSliceMs: 0,
    totalSliceMs: 0,
    dropped: 0,
    maxQueued: 0,
    rescans: 0,
  };
  /** Last text read from each post: weak, so removed posts are not kept alive. */
  const known = new WeakMap<HTMLElement, string>();
  /** Nodes the observer reported, not yet looked at; `true` = added (may contain new posts). */
  const touched = new Map<Node, boolean>();
  /** Posts read at least once (for the counter only). */
  const seen = new WeakSet<HTMLElement>();
  /** Posts to read, in order; `true` = known post that may have changed (compare its text). */
  const queue = new Map<HTMLElement, boolean>();
  let rescanPending = true; // the whole document is scanned at start
  /**
   * A rescan walks a snapshot of the document's posts outside the capped queue, so a page with more
   * posts than the cap cannot make the rescan overflow (and trigger itself) forever.
   */
  let rescanList: HTMLElement[] = [];
  let rescanIndex = 0;
  let stopped = false;
  let lastHref = win.location.href;
  let frameId: number | undefined;
  let timerId: number | undefined;
  let scheduledToken = 0;
  let idleWaiters: (() => void)[] = [];

  /**
   * Record only: no queries and no text reads (this runs on every page mutation). Added nodes may
   * hold new posts; a removal, text edit or attribute change only touches the post it happens in.
   */
  function record(records: readonly MutationRecord[]): boolean {
    const before = touched.size;
    for (const entry of records) {
      if (entry.type === 'childList') {
        for (const node of entry.addedNodes) if (node.nodeName !== LABEL_NODE_NAME) touched.set(node, true);
        // A removal changes the text of the post that held it, or took our label away.
        if (entry.removedNodes.length > 0 && !touched.has(entry.target)) touched.set(entry.target, false);
      } else if (!touched.has(entry.target)) touched.set(entry.target, false);
    }
    if (touched.size > maxQueue) {
      // A storm of mutations: forget the details and rescan once, later.
      stats.dropped += touched.size;
      touched.clear();
      rescanPending = true;
      return true;
    }
    return touched.size > before;
  }

  const observer = new Observer((records) => {
    if (record(records)) schedule();
  });

  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    // Only our own attribute: a page stripping it is the one attribute change we must repair.
    attributeFilter: [ATTR_STATE],
  });

  const onNavigation = (): void => {
    rescanPending = true;
    schedule();
  };
  win.addEventListener('popstate', onNavigation);
  win.addEventListener('hashchange', onNavigation);
  // Where the Navigation API exists it reports the page's own pushState/replaceState, which an
  // isolated content script cannot patch; elsewhere the URL check at the start of each slice does.
  const navigation = (win as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', onNavigation);

  function enqueue(post: HTMLElement, dirty: boolean): void {
    if (queue.has(post)) {
      if (dirty) queue.set(post, true);
      return;
    }
    if (queue.size >= maxQueue) {
      stats.dropped += 1;
      rescanPending = true;
      return;
    }
    queue.set(post, dirty);
    stats.maxQueued = Math.max(stats.maxQueued, queue.size);
  }

  const blocks = adapter.blocks;

  function claim(block: Element): void {
    if (!block.hasAttribute(ATTR_TEXT_READ)) block.setAttribute(ATTR_TEXT_READ, '');
  }

  /** The post's own text blocks are in charge now: the hide stylesheet (prehide.ts) lets go of them. */
  function claimOwnBlocks(post: HTMLElement): void {
    if (!blocks) return;
    safely(() => {
      for (const block of queryAll(post, blocks.selector)) if (blocks.ownerOf(block) === post) claim(block);
    }, undefined);
  }

  /**
   * Posts under `node` (adapter.findPosts, computed from `blocks` where the adapter has them). Blocks
   * that belong to no post are claimed on the spot, so every block the hide stylesheet matches is
   * either claimed here or by the read of its post: none stays hidden.
   */
  function postsUnder(node: ParentNode): HTMLElement[] {
    if (!blocks) return adapter.findPosts(node);
    const orphans: Element[] = [];
    const owners = ownersOf(node, blocks.selector, blocks.ownerOf, (block) => {
      if (!block.hasAttribute(ATTR_TEXT_READ)) orphans.push(block);
    });
    if (orphans.length > 0) mutate(() => orphans.forEach(claim));
    return owners;
  }

  function startRescan(): void {
    stats.rescans += 1;
    lastHref = win.location.href;
    rescanList = safely(() => postsUnder(root), []);
    rescanIndex = 0;
  }

  function expand(node: Node, added: boolean): void {
    const element = node.nodeType === 1 ? (node as HTMLElement) : node.parentElement;
    if (!element || !element.isConnected || isInsideLabel(element)) return;
    // The post this node belongs to, if we know it: its text may have changed.
    const owner = element.closest<HTMLElement>(`[${ATTR_STATE}]`);
    if (owner) enqueue(owner, true);
    // A known post whose attribute the page stripped no longer matches the selector above.
    if (owner !== element && known.has(element)) enqueue(element, true);
    if (!added || node.nodeType !== 1) return;
    // New posts. Adapters include `root` itself and the container enclosing it (utils/sites/index.ts).
    for (const post of safely(() => postsUnder(element), [])) {
      if (!known.has(post) || readStatus(post) === null) enqueue(post, known.has(post));
    }
  }

  let batch: WatchedPost[] = [];
  let batchStartedAt = 0;
  let revisits: HTMLElement[] = [];

  function flushRevisits(): void {
    if (revisits.length === 0) return;
    const posts = revisits;
    revisits = [];
    safely(() => options.onRevisit?.(posts), undefined);
  }

  function flush(): void {
    flushRevisits();
    if (batch.length === 0) return;
    const posts = batch;
    batch = [];
    stats.batches += 1;
    stats.postsSent += posts.length;
    safely(() => onPosts(posts), undefined);
  }

  function read(post: HTMLElement, dirty: boolean): void {
    if (!post.isConnected || isInsideLabel(post)) return;
    const previous = known.get(post);
    if (previous !== undefined && !dirty && readStatus(post) !== null) return;
    const extracted = safely(() => adapter.extract(post), null);
    const text = extracted?.text.trim() ?? '';
    if (!seen.has(post)) {
      seen.add(post);
      stats.postsSeen += 1;
    }
    if (previous === text && readStatus(post) !== null) {
      // Same text: nothing to score again, but our label or attribute may need repair.
      revisits.push(post);
      mutate(() => claimOwnBlocks(post));
      return;
    }
    known.set(post, text);
    // Marking and claiming in one task: no frame can paint the text between the two.
    if (text === '') {
      mutate(() => {
        markEmpty(post);
        claimOwnBlocks(post);
      });
      return;
    }
    mutate(() => {
      markPending(post);
      claimOwnBlocks(post);
    });
    const item: WatchedPost = { element: post, text };
    if (extracted?.lang) item.lang = extracted.lang;
    if (extracted?.dir) item.dir = extracted.dir;
    if (batch.length === 0) batchStartedAt = now();
    batch.push(item);
    if (batch.length >= batchSize) flush();
  }

  function hasWork(): boolean {
    return touched.size > 0 || queue.size > 0 || rescanPending || rescanIndex < rescanList.length;
  }

  function slice(): void {
    if (stopped) return;
    const start = now();
    stats.slicesRun += 1;
    // Content scripts cannot see the page's pushState, so URL changes are noticed here.
    if (win.location.href !== lastHref) rescanPending = true;
    do {
      const node = touched.entries().next();
      if (!node.done) {
        touched.delete(node.value[0]);
        expand(node.value[0], node.value[1]);
        continue;
      }
      const post = queue.keys().next();
      if (!post.done) {
        const dirty = queue.get(post.value) ?? true;
        queue.delete(post.value);
        read(post.value, dirty);
        continue;
      }
      if (rescanPending) {
        rescanPending = false;
        startRescan();
        continue;
      }
      const next = rescanList[rescanIndex];
      if (next) {
        rescanIndex += 1;
        // Dirty: after a navigation or a dropped mutation any post may have new text.
        read(next, true);
        continue;
      }
      rescanList = [];
      rescanIndex = 0;
      break;
    } while (now() - start < sliceMs);
    // Fewer, fuller requests while a backlog is being read; no waiting once it is done.
    if (!hasWork() || now() - batchStartedAt >= MAX_BATCH_WAIT_MS) flush();
    else flushRevisits();
    safely(() => options.onSlice?.(), undefined);
    const took = now() - start;
    stats.totalSliceMs += took;
    stats.maxSliceMs = Math.max(stats.maxSliceMs, took);
    if (hasWork()) schedule();
    else {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  function cancelScheduled(): void {
    scheduledToken += 1;
    if (frameId !== undefined) win.cancelAnimationFrame?.(frameId);
    if (timerId !== undefined) win.clearTimeout(timerId);
    frameId = undefined;
    timerId = undefined;
  }

  function schedule(): void {
    if (stopped || frameId !== undefined || timerId !== undefined) return;
    const token = ++scheduledToken;
    const run = (): void => {
      if (token !== scheduledToken) return; // the other of frame/timer already ran
      cancelScheduled();
      slice();
    };
    const hidden = doc.visibilityState === 'hidden';
    if (win.requestAnimationFrame && !hidden) frameId = win.requestAnimationFrame(run);
    timerId = win.setTimeout(run, hidden || !win.requestAnimationFrame ? 0 : FRAME_FALLBACK_MS);
  }

  function mutate<T>(write: () => T): T {
    if (stopped) return write();
    // Keep what the page did so far, then drop the records our own writes produce.
    const before = observer.takeRecords();
    try {
      return write();
    } finally {
      observer.takeRecords();
      if (before.length > 0 && record(before)) schedule();
    }
  }

  schedule();

  return {
    stop() {
      if (stopped) return;
      stopped = true;
      cancelScheduled();
      observer.disconnect();
      win.removeEventListener('popstate', onNavigation);
      win.removeEventListener('hashchange', onNavigation);
      navigation?.removeEventListener('currententrychange', onNavigation);
      touched.clear();
      queue.clear();
      rescanList = [];
      batch = [];
      revisits = [];
      for (const resolve of idleWaiters) resolve();
      idleWaiters = [];
    },
    rescan() {
      if (stopped) return;
      rescanPending = true;
      schedule();
    },
    requeue(posts) {
      if (stopped) return;
      for (const post of posts) {
        known.delete(post);
        enqueue(post, false);
      }
      schedule();
    },
    textOf(post) {
      return known.get(post);
    },
    mutate,
    whenIdle() {
      if (stopped || (!hasWork() && frameId === undefined && timerId === undefined)) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    stats,
  };
}
