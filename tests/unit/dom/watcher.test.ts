// @vitest-environment happy-dom
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LABEL_TAG } from '../../../utils/dom/contract.ts';
import { createWatcher, type WatchedPost, type Watcher } from '../../../utils/dom/watcher.ts';
import { POST, addPosts, fakeAdapter, makePost, tick } from './helpers.ts';

let feed: HTMLElement;
let watcher: Watcher | undefined;
let batches: WatchedPost[][];

function start(options: Partial<Parameters<typeof createWatcher>[0]> = {}): Watcher {
  watcher = createWatcher({
    root: document,
    adapter: fakeAdapter(),
    onPosts: (batch) => batches.push(batch),
    ...options,
  });
  return watcher;
}

async function settle(w: Watcher): Promise<void> {
  await tick();
  await w.whenIdle();
  await tick();
  await w.whenIdle();
}

const sent = (): string[] => batches.flat().map((item) => item.text);

beforeEach(() => {
  document.body.replaceChildren();
  feed = document.createElement('main');
  document.body.append(feed);
  batches = [];
});

afterEach(() => {
  watcher?.stop();
  watcher = undefined;
});

describe('watcher', () => {
  it('scans the document at start and sends batches of at most 32, marked pending', async () => {
    addPosts(
      document,
      feed,
      Array.from({ length: 70 }, (_, i) => `post ${i}`),
    );
    const w = start();
    await settle(w);
    expect(sent()).toHaveLength(70);
    expect(new Set(sent()).size).toBe(70);
    for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(32);
    expect(document.querySelectorAll('[data-basirat="pending"]')).toHaveLength(70);
    expect(w.stats.postsSeen).toBe(70);
    expect(w.stats.postsSent).toBe(70);
  });

  it('works in time slices and records slice counters', async () => {
    addPosts(
      document,
      feed,
      Array.from({ length: 40 }, (_, i) => `post ${i}`),
    );
    let clock = 0;
    // Every clock read costs 1 ms: a 4 ms slice fits only a few posts.
    const w = start({ now: () => (clock += 1), sliceMs: 4 });
    await settle(w);
    expect(sent()).toHaveLength(40);
    expect(w.stats.slicesRun).toBeGreaterThan(5);
    expect(w.stats.maxSliceMs).toBeGreaterThan(0);
    for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(32);
    // Partial batches wait for the next slice instead of becoming one request per slice.
    expect(batches.length).toBeLessThan(w.stats.slicesRun);
  });

  it('does not read or query inside the MutationObserver callback', async () => {
    let extracts = 0;
    let finds = 0;
    const base = fakeAdapter();
    const w = start({
      adapter: fakeAdapter({
        findPosts: (root) => (finds++, base.findPosts(root)),
        extract: (post) => (extracts++, base.extract(post)),
      }),
    });
    await settle(w);
    finds = 0;
    extracts = 0;
    addPosts(document, feed, ['a', 'b']);
    // Mutation callbacks run as microtasks: after them, nothing has been read yet.
    await Promise.resolve();
    await Promise.resolve();
    expect(finds + extracts).toBe(0);
    await settle(w);
    expect(extracts).toBe(2);
  });

  it('picks up posts added later (infinite scroll), nested additions included', async () => {
    const w = start();
    await settle(w);
    addPosts(document, feed, ['first', 'second']);
    const wrapper = document.createElement('div');
    wrapper.append(makePost(document, 'third'));
    feed.append(wrapper);
    await settle(w);
    expect(sent().sort()).toEqual(['first', 'second', 'third']);
  });

  it('stops scheduling when idle', async () => {
    const w = start();
    await settle(w);
    const slices = w.stats.slicesRun;
    await tick(120);
    expect(w.stats.slicesRun).toBe(slices);
  });

  it('re-sends a post whose text changes, and only that post', async () => {
    const [a] = addPosts(document, feed, ['hello world', 'unchanged']);
    const w = start();
    await settle(w);
    a!.setAttribute('data-basirat', 'clear'); // as if scored
    batches = [];
    a!.querySelector('.text')!.textContent = 'edited text';
    await settle(w);
    expect(sent()).toEqual(['edited text']);
    expect(a!.getAttribute('data-basirat')).toBe('pending');
    expect(w.textOf(a!)).toBe('edited text');
    // A character-data edit inside the text node is seen too.
    batches = [];
    a!.querySelector('.text')!.firstChild!.nodeValue = 'edited again';
    await settle(w);
    expect(sent()).toEqual(['edited again']);
  });

  it('does not re-send when a mutation leaves the text as it was', async () => {
    const [a] = addPosts(document, feed, ['same text']);
    const w = start();
    await settle(w);
    batches = [];
    a!.append(document.createElement('span')); // e.g. a like counter appearing
    await settle(w);
    expect(sent()).toEqual([]);
  });

  it('ignores our own label and writes made through mutate()', async () => {
    const [a] = addPosts(document, feed, ['post text']);
    let revisits = 0;
    const w = start({ onRevisit: (posts) => (revisits += posts.length) });
    await settle(w);
    batches = [];
    const slices = w.stats.slicesRun;
    const label = document.createElement(LABEL_TAG);
    a!.append(label);
    const shadow = label.attachShadow({ mode: 'open' });
    shadow.append(document.createTextNode('label text'));
    w.mutate(() => {
      a!.setAttribute('data-basirat', 'flagged');
      a!.append(document.createElement(LABEL_TAG));
    });
    await settle(w);
    expect(sent()).toEqual([]);
    expect(revisits).toBe(0);
    expect(w.stats.slicesRun).toBe(slices);
  });

  it('marks an image-only post as seen (clear) without sending it', async () => {
    const empty = document.createElement('article');
    empty.className = 'post';
    empty.append(document.createElement('img'));
    feed.append(empty);
    const w = start();
    await settle(w);
    expect(sent()).toEqual([]);
    expect(empty.getAttribute('data-basirat')).toBe('clear');
  });

  it('revisits a post whose label the page removed, and re-sends one whose attribute was stripped', async () => {
    const [a, b] = addPosts(document, feed, ['alpha', 'beta']);
    const revisited: HTMLElement[] = [];
    const w = start({ onRevisit: (posts) => revisited.push(...posts) });
    await settle(w);
    w.mutate(() => a!.append(document.createElement(LABEL_TAG)));
    batches = [];
    a!.querySelector(LABEL_TAG)!.remove();
    await settle(w);
    expect(revisited).toContain(a);
    expect(sent()).toEqual([]);
    b!.removeAttribute('data-basirat');
    await settle(w);
    expect(sent()).toEqual(['beta']);
    expect(b!.getAttribute('data-basirat')).toBe('pending');
  });

  it('rescans on SPA navigation (URL change noticed in the slice loop, popstate)', async () => {
    // An adapter that only knows posts on /feed, like a site whose markup differs per route.
    const base = fakeAdapter();
    const adapter = fakeAdapter({ findPosts: (root) => (location.pathname === '/feed' ? base.findPosts(root) : []) });
    history.replaceState(null, '', '/home');
    addPosts(document, feed, ['on the feed']);
    const w = start({ adapter });
    await settle(w);
    expect(sent()).toEqual([]);
    const rescans = w.stats.rescans;
    history.pushState(null, '', '/feed');
    document.body.append(document.createElement('div')); // the SPA renders something
    await settle(w);
    expect(w.stats.rescans).toBe(rescans + 1);
    expect(sent()).toEqual(['on the feed']);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle(w);
    expect(w.stats.rescans).toBe(rescans + 2);
    expect(sent()).toEqual(['on the feed']); // unchanged text is not sent again
  });

  it('keeps the queue under its hard cap and still reaches every post', async () => {
    const w = start({ maxQueue: 10 });
    await settle(w);
    const wrapper = document.createElement('section');
    for (let i = 0; i < 50; i++) wrapper.append(makePost(document, `item ${i}`));
    feed.append(wrapper);
    await settle(w);
    expect(w.stats.maxQueued).toBeLessThanOrEqual(10);
    expect(w.stats.dropped).toBeGreaterThan(0);
    expect(new Set(sent()).size).toBe(50);
  });

  it('caps touched nodes during a mutation storm and recovers with a rescan', async () => {
    const w = start({ maxQueue: 5 });
    await settle(w);
    for (let i = 0; i < 30; i++) feed.append(makePost(document, `storm ${i}`));
    await settle(w);
    expect(w.stats.dropped).toBeGreaterThan(0);
    expect(new Set(sent()).size).toBe(30);
  });

  it('skips posts removed before they were read and does not retain removed posts', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const w = start();
    await settle(w);
    // In a helper so that no variable of this test keeps the posts alive.
    const showAndRemove = async (): Promise<WeakRef<HTMLElement>[]> => {
      const posts = addPosts(
        document,
        feed,
        Array.from({ length: 20 }, (_, i) => `gone ${i}`),
      );
      await settle(w);
      for (const post of posts) post.remove();
      return posts.map((post) => new WeakRef(post));
    };
    const refs = await showAndRemove();
    batches = [];
    // Removed before the watcher looks at it: nothing is sent.
    addPosts(document, feed, ['never read'])[0]!.remove();
    await settle(w);
    expect(sent()).toEqual([]);
    for (let round = 0; round < 5 && refs.some((ref) => ref.deref()); round++) {
      await tick(10);
      gc();
    }
    expect(refs.filter((ref) => ref.deref() !== undefined)).toHaveLength(0);
  });

  it('requeue() sends posts again even though their text did not change', async () => {
    const [a] = addPosts(document, feed, ['retry me']);
    const w = start();
    await settle(w);
    batches = [];
    w.requeue([a!]);
    await settle(w);
    expect(sent()).toEqual(['retry me']);
  });

  it('stop() disconnects: later posts are ignored', async () => {
    const w = start();
    await settle(w);
    w.stop();
    addPosts(document, feed, ['after stop']);
    await tick(60);
    expect(sent()).toEqual([]);
    expect(document.querySelector(POST)!.hasAttribute('data-basirat')).toBe(false);
  });

  it('survives an adapter that throws', async () => {
    addPosts(document, feed, ['ok']);
    const base = fakeAdapter();
    const w = start({
      adapter: fakeAdapter({
        extract: (post) => {
          if (post.textContent?.includes('bad')) throw new Error('odd markup');
          return base.extract(post);
        },
      }),
    });
    addPosts(document, feed, ['bad one', 'fine']);
    await settle(w);
    expect(sent().sort()).toEqual(['fine', 'ok']);
  });
});
