// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isHostPaused, startContentApp, type ContentApp, type SendFn } from '../../../utils/dom/contentApp.ts';
import type { MessageType, PostVerdict, Request } from '../../../utils/messaging.ts';
import type { Settings } from '../../../utils/settings.ts';
import { CLEAR, addPosts, fakeAdapter, settings, tick, until, verdict } from './helpers.ts';

interface Call {
  type: MessageType;
  payload: unknown;
}

/** A background stand-in: flags texts containing "hate"; `fail` decides per classify call whether to reject. */
function fakeBackground(
  options: { settings?: () => Settings; fail?: (call: number) => boolean; delay?: (texts: string[]) => number } = {},
) {
  const calls: Call[] = [];
  let classifyCalls = 0;
  const send = (async (type: MessageType, payload: unknown) => {
    calls.push({ type, payload });
    if (type === 'getSettings') return (options.settings ?? (() => settings()))();
    if (type === 'feedback') return { saved: true };
    const call = classifyCalls++;
    const { texts } = payload as Request<'classify'>;
    const wait = options.delay?.(texts) ?? 0;
    if (wait > 0) await tick(wait);
    if (options.fail?.(call)) throw new Error('Could not establish connection. Receiving end does not exist.');
    const verdicts: PostVerdict[] = texts.map((text) => (text.includes('hate') ? verdict() : CLEAR));
    return { verdicts, modelVersion: 'test' };
  }) as SendFn;
  const classifyTexts = (): string[] =>
    calls.filter((call) => call.type === 'classify').flatMap((call) => (call.payload as Request<'classify'>).texts);
  return { send, calls, classifyTexts };
}

let feed: HTMLElement;
let app: ContentApp | undefined;
let settingsChanged: (() => void) | undefined;

function run(send: SendFn, extra: Partial<Parameters<typeof startContentApp>[0]> = {}): ContentApp {
  app = startContentApp({
    adapter: fakeAdapter(),
    site: 'x',
    document,
    window,
    send,
    retryDelaysMs: [5, 10, 20],
    watchSettings: (onChange) => {
      settingsChanged = onChange;
      return () => (settingsChanged = undefined);
    },
    extensionUrl: (path) => `chrome-extension://test${path}`,
    ...extra,
  });
  return app;
}

const state = (post: HTMLElement | undefined): string | null => post!.getAttribute('data-basirat');
const noneLeft = (value: string) => (): boolean => document.querySelectorAll(`[data-basirat="${value}"]`).length === 0;

beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
  feed = document.createElement('main');
  document.body.append(feed);
});

afterEach(() => {
  app?.stop();
  app = undefined;
});

describe('content app', () => {
  it('asks for settings, classifies texts only and applies verdicts', async () => {
    const [calm, hateful] = addPosts(document, feed, ['a calm post', 'a hate post']);
    const bg = fakeBackground();
    run(bg.send);
    await until(() => state(calm) === 'clear' && state(hateful) === 'flagged');
    expect(bg.calls[0]!.type).toBe('getSettings');
    for (const call of bg.calls.filter((c) => c.type === 'classify')) {
      expect(Object.keys(call.payload as object).sort()).toEqual(['site', 'texts']);
    }
    expect(bg.classifyTexts().sort()).toEqual(['a calm post', 'a hate post']);
    expect(hateful!.getAttribute('data-basirat-techniques')).toBe(
      'us_vs_them_flag_waving loaded_language_name_calling',
    );
    const link = hateful!.querySelector('basirat-label')!.shadowRoot!.querySelector('a.help')!;
    expect(link.getAttribute('href')).toBe('chrome-extension://test/help.html#us_vs_them_flag_waving');
  });

  it('does nothing on a disabled site or a paused host', async () => {
    const [post] = addPosts(document, feed, ['a hate post']);
    const disabled = fakeBackground({ settings: () => settings({ sites: { ...settings().sites, x: false } }) });
    await run(disabled.send).ready;
    await tick(80);
    expect(state(post)).toBeNull();
    expect(document.documentElement.hasAttribute('data-basirat-off')).toBe(true);
    expect(disabled.classifyTexts()).toEqual([]);
    app!.stop();

    const paused = fakeBackground({ settings: () => settings({ pausedHosts: [location.hostname] }) });
    await run(paused.send).ready;
    await tick(80);
    expect(state(post)).toBeNull();
    expect(paused.classifyTexts()).toEqual([]);
  });

  it('retries a failed request with backoff, then applies the answer', async () => {
    const [post] = addPosts(document, feed, ['a hate post']);
    const bg = fakeBackground({ fail: (call) => call < 2 });
    run(bg.send);
    await until(() => state(post) === 'flagged');
    expect(bg.classifyTexts()).toEqual(['a hate post', 'a hate post', 'a hate post']);
    expect(post!.hasAttribute('data-basirat-error')).toBe(false);
  });

  it('never leaves posts pending when the background stays away, and re-sends them after a later success', async () => {
    const posts = addPosts(document, feed, ['first hate', 'second']);
    let down = true;
    const bg = fakeBackground({ fail: () => down });
    run(bg.send);
    await until(() => posts.every((post) => post.getAttribute('data-basirat-error') === 'unavailable'));
    for (const post of posts) expect(state(post)).toBe('clear');
    expect(noneLeft('pending')()).toBe(true);
    expect(bg.classifyTexts()).toHaveLength(2 * 4); // one try + three retries

    down = false;
    const [later] = addPosts(document, feed, ['a later post']);
    await until(() => state(later) === 'clear' && state(posts[0]) === 'flagged');
    expect(posts.some((post) => post.hasAttribute('data-basirat-error'))).toBe(false);
    expect(state(posts[1])).toBe('clear');
  });

  it('applies a display-mode change without reload (storage event and tab becoming visible)', async () => {
    const [post] = addPosts(document, feed, ['a hate post']);
    let current = settings();
    const bg = fakeBackground({ settings: () => current });
    run(bg.send);
    await until(() => state(post) === 'flagged');
    expect(document.getElementById('basirat-style')!.textContent).not.toContain('blur(');

    current = settings({ displayMode: 'blur' });
    settingsChanged!();
    await until(() => document.getElementById('basirat-style')!.textContent!.includes('blur('));
    const root = post!.querySelector('basirat-label')!.shadowRoot!;
    await until(() => root.querySelector('button.reveal') !== null);

    current = settings({ displayMode: 'hide', uiLanguage: 'ur' });
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => document.getElementById('basirat-style')!.textContent!.includes('[data-basirat="pending"]'));
    await until(() => root.querySelector('[role="note"]')!.getAttribute('dir') === 'rtl');
  });

  it('stops and cleans up when the site is switched off in settings', async () => {
    const [post] = addPosts(document, feed, ['a hate post']);
    let current = settings({ displayMode: 'blur' });
    run(fakeBackground({ settings: () => current }).send);
    await until(() => state(post) === 'flagged');
    current = settings({ pausedHosts: [location.hostname] });
    settingsChanged!();
    await until(() => state(post) === null);
    expect(document.querySelector('basirat-label, #basirat-style')).toBeNull();
    // The hide-mode stylesheet injected at document_start lets go of the whole page (prehide.ts).
    expect(document.documentElement.hasAttribute('data-basirat-off')).toBe(true);
    current = settings({ displayMode: 'blur' });
    settingsChanged!();
    await until(() => state(post) === 'flagged');
    expect(document.documentElement.hasAttribute('data-basirat-off')).toBe(false);
  });

  it('scores again when the sensitivity changes, without hiding posts meanwhile', async () => {
    const [post] = addPosts(document, feed, ['a hate post']);
    let current = settings();
    const bg = fakeBackground({ settings: () => current });
    run(bg.send);
    await until(() => state(post) === 'flagged');
    current = settings({ sensitivity: 'sensitive' });
    settingsChanged!();
    await until(() => bg.classifyTexts().length === 2);
    expect(state(post)).toBe('flagged');
  });

  it('re-sends a post whose text changed and ignores the late answer for the old text', async () => {
    const [post] = addPosts(document, feed, ['slow calm text']);
    // The first answer arrives after the edit: it must not overwrite the newer verdict.
    const bg = fakeBackground({ delay: (texts) => (texts[0] === 'slow calm text' ? 120 : 0) });
    run(bg.send);
    await until(() => bg.classifyTexts().length === 1);
    post!.querySelector('.text')!.textContent = 'now a hate text';
    await until(() => state(post) === 'flagged');
    await tick(150);
    expect(state(post)).toBe('flagged');
    expect(bg.classifyTexts()).toEqual(['slow calm text', 'now a hate text']);
  });

  it('puts back a label and stylesheet that the page removed', async () => {
    const [post] = addPosts(document, feed, ['a hate post']);
    run(fakeBackground({ settings: () => settings({ displayMode: 'blur' }) }).send);
    await until(() => state(post) === 'flagged');
    post!.querySelector('basirat-label')!.remove();
    document.getElementById('basirat-style')!.remove();
    await until(
      () => post!.querySelector('basirat-label') !== null && document.getElementById('basirat-style') !== null,
    );
    expect(post!.querySelector('basirat-label')!.shadowRoot!.querySelector('[role="note"]')).not.toBeNull();
  });

  it('sends "not propaganda" feedback with the post text and techniques', async () => {
    const [post] = addPosts(document, feed, ['a hate post']);
    const bg = fakeBackground();
    run(bg.send);
    await until(() => state(post) === 'flagged');
    const root = post!.querySelector('basirat-label')!.shadowRoot!;
    root.querySelector<HTMLButtonElement>('button.feedback')!.click();
    await until(() => root.querySelector('[role="status"]')!.textContent!.includes('Thanks'));
    expect(bg.calls.find((call) => call.type === 'feedback')!.payload).toEqual({
      site: 'x',
      text: 'a hate post',
      verdict: 'not_propaganda',
      techniques: ['us_vs_them_flag_waving', 'loaded_language_name_calling'],
    });
  });

  it('ignores answers that arrive after stop() and removes what it added', async () => {
    const [post] = addPosts(document, feed, ['a hate post']);
    const bg = fakeBackground({ delay: () => 60 });
    run(bg.send);
    await until(() => bg.classifyTexts().length === 1);
    expect(state(post)).toBe('pending');
    app!.stop();
    expect(state(post)).toBeNull();
    await tick(100);
    expect(state(post)).toBeNull();
    expect(document.querySelector('basirat-label')).toBeNull();
  });

  it('starts once settings become reachable after a failed first attempt', async () => {
    const [post] = addPosts(document, feed, ['a hate post']);
    let reachable = false;
    const bg = fakeBackground();
    const send = ((type: MessageType, payload: Request<MessageType>) => {
      if (type === 'getSettings' && !reachable) return Promise.reject(new Error('no background'));
      return bg.send(type, payload as never);
    }) as SendFn;
    await run(send).ready;
    expect(state(post)).toBeNull();
    reachable = true;
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => state(post) === 'flagged');
  });
});

describe('isHostPaused', () => {
  it('matches the host, its www form and its subdomains', () => {
    expect(isHostPaused('x.com', ['x.com'])).toBe(true);
    expect(isHostPaused('www.facebook.com', ['facebook.com'])).toBe(true);
    expect(isHostPaused('m.facebook.com', ['facebook.com'])).toBe(true);
    expect(isHostPaused('notx.com', ['x.com'])).toBe(false);
    expect(isHostPaused('x.com', [''])).toBe(false);
  });
});
