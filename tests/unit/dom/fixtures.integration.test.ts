// @vitest-environment happy-dom
/**
 * The content app against the real site adapters and their saved-page fixtures: every post with text
 * ends up clear or flagged, labels land once, and inserting a label never changes the text the
 * adapter reads (which would make the watcher re-send posts forever).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startContentApp, type ContentApp, type SendFn } from '../../../utils/dom/contentApp.ts';
import type { MessageType, PostVerdict, Request } from '../../../utils/messaging.ts';
import { adapterFor } from '../../../utils/sites/index.ts';
import { fixtureSites, loadFixtures, type Fixture } from '../sites/fixtures.ts';
import { CLEAR, settings, tick, until, verdict } from './helpers.ts';

let app: ContentApp | undefined;

afterEach(() => {
  app?.stop();
  app = undefined;
});

function load(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const attribute of Array.from(parsed.documentElement.attributes)) {
    document.documentElement.setAttribute(attribute.name, attribute.value);
  }
  document.head.replaceChildren(...Array.from(parsed.head.childNodes, (node) => document.importNode(node, true)));
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
}

const fixtures: Fixture[] = fixtureSites().flatMap((site) => loadFixtures(site));

describe.each(fixtures.map((fixture) => [`${fixture.site}/${fixture.name}`, fixture] as const))('%s', (_, fixture) => {
  it('labels the extremist posts once and settles without re-sending', async () => {
    const adapter = adapterFor(new URL(fixture.expected.url));
    if (!adapter) return; // a fixture for a site without a static content script (generic)
    load(fixture.html);
    // A block outside any post (most adapters: an orphan) must be released as well.
    const stray = document.querySelector(adapter.blocks!.selector)!.cloneNode(false) as HTMLElement;
    stray.textContent = 'A stray line of text';
    document.body.append(stray);
    const extremist = fixture.expected.posts.filter((post) => post.kind === 'extremist').map((post) => post.contains);
    const sent: string[] = [];
    const send = (async (type: MessageType, payload: unknown) => {
      if (type === 'getSettings') return settings({ displayMode: 'blur' });
      if (type === 'feedback') return { saved: true };
      const { texts } = payload as Request<'classify'>;
      sent.push(...texts);
      const verdicts: PostVerdict[] = texts.map((text) =>
        extremist.some((needle) => text.includes(needle)) ? verdict() : CLEAR,
      );
      return { verdicts, modelVersion: 'test' };
    }) as SendFn;
    app = startContentApp({
      adapter,
      site: adapter.id,
      document,
      window,
      send,
      watchSettings: () => () => undefined,
      extensionUrl: (path) => `chrome-extension://test${path}`,
    });
    const marked = (): number => document.querySelectorAll('[data-basirat="clear"], [data-basirat="flagged"]').length;
    await until(() => marked() >= fixture.expected.posts.length && !document.querySelector('[data-basirat="pending"]'));
    await tick(100);
    await app.watcher!.whenIdle();

    // Labels did not trigger re-sends (the stray block may be a post of its own: TikTok, Telegram).
    expect(sent.length - fixture.expected.posts.length).toBeLessThanOrEqual(1);
    const flagged = Array.from(document.querySelectorAll<HTMLElement>('[data-basirat="flagged"]'));
    expect(flagged).toHaveLength(extremist.length);
    for (const post of flagged) {
      // Exactly one label belongs to each flagged post (nested posts carry their own).
      const own = Array.from(post.querySelectorAll('basirat-label')).filter(
        (label) => label.parentElement!.closest('[data-basirat]') === post,
      );
      expect(own).toHaveLength(1);
      expect(post.getAttribute('data-basirat-techniques')).toBe('us_vs_them_flag_waving loaded_language_name_calling');
    }
    expect(document.querySelectorAll('basirat-label')).toHaveLength(extremist.length);
    expect(document.querySelectorAll('style#basirat-style')).toHaveLength(1);
    // Hide mode's document_start stylesheet keys on this: no text block is left unclaimed.
    const blocks = Array.from(document.querySelectorAll(adapter.blocks!.selector));
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.filter((block) => !block.hasAttribute('data-basirat-text'))).toEqual([]);
    expect(stray.hasAttribute('data-basirat-text')).toBe(true);
  });
});
