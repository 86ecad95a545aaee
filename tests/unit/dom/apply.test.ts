// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApplier, type Applier, type ApplierOptions } from '../../../utils/dom/apply.ts';
import { pageCss } from '../../../utils/dom/pageStyle.ts';
import { CLEAR, addPosts, fakeAdapter, verdict } from './helpers.ts';

const XSS = '<img src=x onerror="window.__pwned=1">';

let feed: HTMLElement;
let applier: Applier;

function make(overrides: Partial<ApplierOptions> = {}): Applier {
  applier = createApplier({
    document,
    adapter: fakeAdapter(),
    mode: 'label',
    lang: 'en',
    helpUrl: (topic) => `chrome-extension://abc/help.html#${topic}`,
    onFeedback: () => Promise.resolve(),
    ...overrides,
  });
  return applier;
}

function labelOf(post: HTMLElement): ShadowRoot {
  const host = post.querySelector('basirat-label');
  expect(host).not.toBeNull();
  expect(host!.shadowRoot).not.toBeNull();
  return host!.shadowRoot!;
}

function button(root: ShadowRoot, selector: string): HTMLButtonElement {
  const found = root.querySelector<HTMLButtonElement>(selector);
  expect(found).not.toBeNull();
  return found!;
}

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
  feed = document.createElement('main');
  document.body.append(feed);
});

afterEach(() => applier.cleanup());

describe('apply: DOM contract', () => {
  it('writes exact attributes for pending, clear, flagged and unavailable', () => {
    const [a, b, c] = addPosts(document, feed, ['one', 'two', 'three']);
    const ap = make();
    ap.markPending(a!);
    expect(a!.getAttribute('data-basirat')).toBe('pending');
    expect(a!.hasAttribute('data-basirat-techniques')).toBe(false);

    ap.applyVerdict(a!, verdict(), 'one');
    expect(a!.getAttribute('data-basirat')).toBe('flagged');
    expect(a!.getAttribute('data-basirat-techniques')).toBe('us_vs_them_flag_waving loaded_language_name_calling');
    expect(a!.hasAttribute('data-basirat-error')).toBe(false);

    ap.applyVerdict(b!, CLEAR, 'two');
    expect(b!.getAttribute('data-basirat')).toBe('clear');
    expect(b!.hasAttribute('data-basirat-techniques')).toBe(false);
    expect(b!.querySelector('basirat-label')).toBeNull();

    ap.markUnavailable(c!);
    expect(c!.getAttribute('data-basirat')).toBe('clear');
    expect(c!.getAttribute('data-basirat-error')).toBe('unavailable');

    // Back to pending (text changed): the old verdict's attributes and label go.
    ap.markPending(a!);
    expect(a!.getAttribute('data-basirat')).toBe('pending');
    expect(a!.hasAttribute('data-basirat-techniques')).toBe(false);
    expect(a!.querySelector('basirat-label')).toBeNull();
    ap.applyVerdict(c!, CLEAR, 'three');
    expect(c!.hasAttribute('data-basirat-error')).toBe(false);
  });

  it('keeps only known technique ids in the attribute', () => {
    const [a] = addPosts(document, feed, ['one']);
    make().applyVerdict(a!, verdict({ techniques: ['slogans_cliches_repetition', 'bogus' as never] }), 'one');
    expect(a!.getAttribute('data-basirat-techniques')).toBe('slogans_cliches_repetition');
  });

  it('mounts the label as <basirat-label> with an open shadow root, appended by default', () => {
    const [a] = addPosts(document, feed, ['one']);
    make().applyVerdict(a!, verdict(), 'one');
    const host = a!.lastElementChild!;
    expect(host.tagName.toLowerCase()).toBe('basirat-label');
    const root = host.shadowRoot!;
    expect(root.mode).toBe('open');
    const note = root.querySelector('[role="note"]')!;
    expect(note.getAttribute('aria-label')).toBe('Basirat note about this post');
    expect(note.textContent).toContain(
      'This post glorifies or calls for violence, uses us-vs-them language and uses loaded words and name-calling.',
    );
    expect(note.textContent).toContain('wipe them out');
    expect(note.textContent).toContain('Basirat is fairly sure');
    expect(root.querySelector('style')!.textContent).toContain(':host');
    expect(a!.querySelectorAll('basirat-label')).toHaveLength(1);
  });

  it('uses the adapter anchor when there is one', () => {
    const [a] = addPosts(document, feed, ['one']);
    const text = a!.querySelector('.text')!;
    const footer = document.createElement('footer');
    a!.append(footer);
    make({ adapter: fakeAdapter({ labelAnchor: () => ({ parent: a!, before: footer }) }) }).applyVerdict(
      a!,
      verdict(),
      'one',
    );
    expect(text.nextElementSibling!.tagName.toLowerCase()).toBe('basirat-label');
  });

  it('renders page text as inert text: no <img> is ever created', () => {
    const [a] = addPosts(document, feed, [XSS]);
    const img = XSS;
    make({ mode: 'blur' }).applyVerdict(a!, verdict({ evidence: [{ text: img, start: 0, end: img.length }] }), img);
    const root = labelOf(a!);
    expect(root.textContent).toContain(img);
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('is written in Urdu, right to left, with a Nastaliq font stack when the UI language is ur', () => {
    const [a] = addPosts(document, feed, ['one']);
    make({ lang: 'ur' }).applyVerdict(a!, verdict(), 'one');
    const root = labelOf(a!);
    const note = root.querySelector('[role="note"]')!;
    expect(note.getAttribute('dir')).toBe('rtl');
    expect(note.getAttribute('lang')).toBe('ur');
    expect(note.textContent).toContain('یہ پوسٹ');
    expect(root.querySelector('style')!.textContent).toContain(
      "'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting', serif",
    );
  });
});

describe('apply: the label', () => {
  it('opens "Why?" with an explanation per technique, keyboard-operable buttons', async () => {
    const [a] = addPosts(document, feed, ['one']);
    make().applyVerdict(a!, verdict(), 'one');
    const root = labelOf(a!);
    const why = button(root, 'button.why-toggle');
    expect(why.getAttribute('type')).toBe('button');
    expect(why.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('#basirat-why')!.hasAttribute('hidden')).toBe(true);
    why.click();
    await flush();
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const panel = root.querySelector('#basirat-why')!;
    expect(panel.hasAttribute('hidden')).toBe(false);
    expect(panel.querySelectorAll('dt')).toHaveLength(3);
    expect(panel.textContent).toContain('Us vs. them');
    expect(root.querySelector('style')!.textContent).toContain(':focus-visible');
  });

  it('links help to the extension page for the strongest technique', () => {
    const [a] = addPosts(document, feed, ['one']);
    make().applyVerdict(a!, verdict(), 'one');
    const link = labelOf(a!).querySelector<HTMLAnchorElement>('a.help')!;
    expect(link.getAttribute('href')).toBe('chrome-extension://abc/help.html#us_vs_them_flag_waving');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.textContent).toContain('Help & other side of the story');
  });

  it('"Not propaganda?" sends feedback once and says thanks', async () => {
    const [a] = addPosts(document, feed, ['the text']);
    const onFeedback = vi.fn(() => Promise.resolve());
    make({ onFeedback }).applyVerdict(a!, verdict(), 'the text');
    const root = labelOf(a!);
    button(root, 'button.feedback').click();
    await flush();
    await flush();
    expect(onFeedback).toHaveBeenCalledTimes(1);
    expect(onFeedback.mock.calls[0]).toEqual([a, 'the text', verdict()]);
    expect(root.querySelector('button.feedback')).toBeNull();
    expect(root.querySelector('[role="status"]')!.textContent).toContain('Thanks');
  });

  it('says so when feedback could not be sent, and lets the user try again', async () => {
    const [a] = addPosts(document, feed, ['the text']);
    make({ onFeedback: () => Promise.reject(new Error('gone')) }).applyVerdict(a!, verdict(), 'the text');
    const root = labelOf(a!);
    button(root, 'button.feedback').click();
    await flush();
    await flush();
    expect(root.querySelector('[role="status"]')!.textContent).toContain('did not send');
    expect(root.querySelector<HTMLButtonElement>('button.feedback')!.disabled).toBe(false);
  });
});

describe('apply: display modes', () => {
  it('label mode: no reveal button and no blur rules', () => {
    const [a] = addPosts(document, feed, ['one']);
    make({ mode: 'label' }).applyVerdict(a!, verdict(), 'one');
    expect(labelOf(a!).querySelector('button.reveal')).toBeNull();
    const style = document.getElementById('basirat-style')!;
    expect(style.tagName).toBe('STYLE');
    expect(style.textContent).not.toContain('blur(');
  });

  it('blur mode: one stylesheet keyed on attributes; "Show post" reveals and the label stays', async () => {
    const [a] = addPosts(document, feed, ['one']);
    make({ mode: 'blur' }).applyVerdict(a!, verdict(), 'one');
    const styles = document.querySelectorAll('style#basirat-style');
    expect(styles).toHaveLength(1);
    const css = styles[0]!.textContent!;
    expect(css).toContain('[data-basirat="flagged"]:not([data-basirat-revealed])');
    expect(css).toContain('blur(');
    expect(css).not.toMatch(/(^|[\s,{])\.[a-z]/i); // no class selectors
    const root = labelOf(a!);
    const reveal = button(root, 'button.reveal');
    expect(reveal.textContent).toBe('Show post');
    reveal.click();
    await flush();
    expect(a!.hasAttribute('data-basirat-revealed')).toBe(true);
    expect(a!.getAttribute('data-basirat')).toBe('flagged');
    expect(a!.querySelector('basirat-label')).not.toBeNull();
    expect(reveal.textContent).toBe('Blur it again');
  });

  it('hide mode: pending posts are hidden by the stylesheet; flagged ones blur as in blur mode', () => {
    const [a] = addPosts(document, feed, ['one']);
    const ap = make({ mode: 'hide' });
    ap.markPending(a!);
    const css = document.getElementById('basirat-style')!.textContent!;
    expect(css).toContain('[data-basirat="pending"]');
    expect(css).toContain('visibility: hidden');
    expect(css).toBe(pageCss('hide'));
    ap.applyVerdict(a!, verdict(), 'one');
    expect(labelOf(a!).querySelector('button.reveal')).not.toBeNull();
  });

  it('switching mode restyles the page and re-renders labels', () => {
    const [a] = addPosts(document, feed, ['one']);
    const ap = make({ mode: 'label' });
    ap.applyVerdict(a!, verdict(), 'one');
    ap.setDisplay('blur', 'ur');
    expect(document.getElementById('basirat-style')!.textContent).toBe(pageCss('blur'));
    const root = labelOf(a!);
    expect(root.querySelector('button.reveal')!.textContent).toBe('پوسٹ دکھائیں');
  });
});

describe('apply: a page that fights back', () => {
  it('re-creates a removed label and stylesheet, never throwing', () => {
    const [a] = addPosts(document, feed, ['one']);
    const ap = make({ mode: 'blur' });
    ap.applyVerdict(a!, verdict(), 'one');
    a!.querySelector('basirat-label')!.remove();
    document.getElementById('basirat-style')!.remove();
    expect(() => ap.repair(a!)).not.toThrow();
    expect(a!.querySelectorAll('basirat-label')).toHaveLength(1);
    expect(labelOf(a!).querySelector('[role="note"]')).not.toBeNull();
    expect(document.querySelectorAll('style#basirat-style')).toHaveLength(1);
  });

  it('restores stripped attributes on repair', () => {
    const [a] = addPosts(document, feed, ['one']);
    const ap = make();
    ap.applyVerdict(a!, verdict(), 'one');
    a!.removeAttribute('data-basirat');
    a!.removeAttribute('data-basirat-techniques');
    ap.repair(a!);
    expect(a!.getAttribute('data-basirat')).toBe('flagged');
    expect(a!.getAttribute('data-basirat-techniques')).toBe('us_vs_them_flag_waving loaded_language_name_calling');
  });

  it('survives a detached post and an adapter anchor that throws', () => {
    const [a] = addPosts(document, feed, ['one']);
    a!.remove();
    const ap = make({
      adapter: fakeAdapter({
        labelAnchor: () => {
          throw new Error('odd markup');
        },
      }),
    });
    expect(() => ap.applyVerdict(a!, verdict(), 'one')).not.toThrow();
    expect(a!.getAttribute('data-basirat')).toBe('flagged');
  });

  it('replaces a stale label left by an earlier copy of the content script', () => {
    const [a] = addPosts(document, feed, ['one']);
    a!.append(document.createElement('basirat-label'));
    make().applyVerdict(a!, verdict(), 'one');
    expect(a!.querySelectorAll('basirat-label')).toHaveLength(1);
  });

  it('cleanup() removes every attribute, label and the stylesheet', () => {
    const [a, b] = addPosts(document, feed, ['one', 'two']);
    const ap = make({ mode: 'hide' });
    ap.applyVerdict(a!, verdict(), 'one');
    ap.markUnavailable(b!);
    ap.cleanup();
    expect(document.querySelectorAll('[data-basirat], [data-basirat-techniques], [data-basirat-error]')).toHaveLength(
      0,
    );
    expect(document.querySelectorAll('basirat-label, #basirat-style')).toHaveLength(0);
  });
});
