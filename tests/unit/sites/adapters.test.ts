// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor, GENERIC_ADAPTER, LABEL_TAG, MAX_TEXT_CHARS } from '../../../utils/sites/index.ts';
import type { ExtractedPost, SiteAdapter } from '../../../utils/sites/types.ts';
import { X_ADAPTER } from '../../../utils/sites/x.ts';
import { ownersOf } from '../../../utils/sites/dom.ts';
import { allFixtures, type Fixture } from './fixtures.ts';

const FIXTURES = allFixtures();

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function adapterOf(fixture: Fixture): SiteAdapter {
  const adapter = fixture.site === 'generic' ? GENERIC_ADAPTER : adapterFor(new URL(fixture.expected.url));
  if (!adapter) throw new Error(`no adapter for ${fixture.expected.url}`);
  return adapter;
}

interface Read {
  element: HTMLElement;
  post: ExtractedPost;
}

function read(adapter: SiteAdapter, root: ParentNode): Read[] {
  return adapter.findPosts(root).flatMap((element) => {
    const post = adapter.extract(element);
    return post ? [{ element, post }] : [];
  });
}

/** The element holding the first text node of `post` that the adapter reads (part of `text`). */
function firstTextParent(post: Element, text: string): Element {
  const stack: Node[] = [post];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const data = node.nodeType === 3 ? (node as Text).data.trim() : '';
    if (data.length >= 3 && text.includes(data) && node.parentElement) return node.parentElement;
    for (let index = node.childNodes.length - 1; index >= 0; index -= 1) stack.push(node.childNodes[index]!);
  }
  throw new Error('no text node of the post found');
}

/** A cheap fingerprint of the page, to prove adapters do not mutate it. */
function fingerprint(doc: Document): string {
  return `${doc.getElementsByTagName('*').length}:${doc.documentElement.textContent?.length ?? 0}`;
}

describe.each(FIXTURES.map((fixture) => [`${fixture.site}/${fixture.name}`, fixture] as const))('%s', (_, fixture) => {
  const adapter = adapterOf(fixture);

  it('is handled by the adapter of its site', () => {
    expect(adapter.id).toBe(fixture.site);
  });

  it('finds every post, in document order, with the expected text and hints', () => {
    const doc = parse(fixture.html);
    const before = fingerprint(doc);
    const reads = read(adapter, doc);
    const texts = reads.map((entry) => entry.post.text);
    expect(texts, texts.join('\n---\n')).toHaveLength(fixture.expected.posts.length);
    fixture.expected.posts.forEach((expected, index) => {
      const { post } = reads[index]!;
      expect(post.text, `post ${index}`).toContain(expected.contains);
      for (const excluded of expected.excludes) expect(post.text, `post ${index}`).not.toContain(excluded);
      if (expected.lang !== undefined) expect(post.lang, `post ${index} lang`).toBe(expected.lang ?? undefined);
      if (expected.dir !== undefined) expect(post.dir, `post ${index} dir`).toBe(expected.dir);
      expect(post.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    });
    expect(fingerprint(doc)).toBe(before);
  });

  it('counts each text once, even in nested containers', () => {
    const reads = read(adapter, parse(fixture.html));
    for (const expected of fixture.expected.posts) {
      expect(reads.filter((entry) => entry.post.text.includes(expected.contains)).length, expected.contains).toBe(1);
    }
    for (const outer of reads) {
      for (const inner of reads) {
        if (outer !== inner && outer.element.contains(inner.element)) {
          expect(outer.post.text).not.toContain(inner.post.text);
        }
      }
    }
    expect(new Set(reads.map((entry) => entry.element)).size).toBe(reads.length);
  });

  it('has at least one extremist and one benign post, and keeps markup-looking text as text', () => {
    const doc = parse(fixture.html);
    const kinds = fixture.expected.posts.map((post) => post.kind);
    expect(kinds).toContain('extremist');
    expect(kinds).toContain('benign');
    expect(doc.querySelector('img[src="x"]')).toBeNull();
    expect(doc.querySelector('script')).toBeNull();
    const texts = read(adapter, doc).map((entry) => entry.post.text);
    expect(texts.some((text) => text.includes('<img src=x onerror=alert(1)>'))).toBe(true);
  });

  it('declares its text blocks: findPosts is exactly the owners of those blocks (hide mode relies on it)', () => {
    const blocks = adapter.blocks;
    expect(blocks, 'every adapter declares blocks').toBeDefined();
    if (!blocks) return;
    const doc = parse(fixture.html);
    expect(ownersOf(doc, blocks.selector, blocks.ownerOf)).toEqual(adapter.findPosts(doc));
    for (const post of adapter.findPosts(doc)) {
      expect(ownersOf(post, blocks.selector, blocks.ownerOf)).toEqual(adapter.findPosts(post));
    }
  });

  it('finds a post again from the post itself or from its subtree', () => {
    const doc = parse(fixture.html);
    for (const element of adapter.findPosts(doc)) {
      expect(adapter.findPosts(element)).toContain(element);
    }
  });

  it('survives 5,000 levels of nesting and 1 MB of text inside a post', () => {
    const doc = parse(fixture.html);
    const [first] = adapter.findPosts(doc);
    const before = adapter.extract(first!)!.text;
    // Grow the hostile subtree where the post's own text is, so extraction has to walk through it.
    const host = firstTextParent(first!, before);
    let node: Element = host;
    for (let depth = 0; depth < 5_000; depth += 1)
      node = node.appendChild(doc.createElement(depth % 3 ? 'span' : 'div'));
    node.textContent = 'flood '.repeat(175_000);
    const posts = adapter.findPosts(doc);
    // A boolean, not toContain: the matcher would pretty-print the 5,000-deep element.
    expect(posts.includes(first!)).toBe(true);
    const text = adapter.extract(first!)!.text;
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(text).toContain('flood flood');
    for (const post of posts) expect(() => adapter.extract(post)).not.toThrow();
  });

  it('ignores our own label wherever it is anchored', () => {
    const doc = parse(fixture.html);
    const elements = adapter.findPosts(doc);
    const textsBefore = elements.map((element) => adapter.extract(element)?.text);
    for (const element of elements) {
      const anchor = adapter.labelAnchor?.(element) ?? { parent: element, before: null };
      expect(element.contains(anchor.parent) || anchor.parent.contains(element)).toBe(true);
      const label = doc.createElement(LABEL_TAG);
      label.textContent = 'Basirat: possible extremist propaganda. Why?';
      label.attachShadow({ mode: 'open' }).textContent = 'shadow text';
      anchor.parent.insertBefore(label, anchor.before);
      // A second label inside the text itself must be ignored too.
      element.appendChild(doc.createElement(LABEL_TAG)).textContent = 'Basirat label';
    }
    expect(adapter.findPosts(doc)).toEqual(elements);
    expect(elements.map((element) => adapter.extract(element)?.text)).toEqual(textsBefore);
  });
});

describe('hostile markup', () => {
  const tweet = (inner: string) =>
    parse(
      `<main><article data-testid="tweet"><div data-testid="User-Name"><span>Someone</span></div><div data-testid="tweetText" lang="en" dir="auto">${inner}</div></article></main>`,
    );

  it('survives 5,000 levels of nesting, parsed or built', () => {
    const parsed = tweet(`${'<span>'.repeat(5_000)}deep text${'</span>'.repeat(5_000)}`);
    const [post] = X_ADAPTER.findPosts(parsed);
    expect(X_ADAPTER.extract(post!)?.text).toBe('deep text');

    const built = tweet('');
    let node: Element = built.querySelector('[data-testid="tweetText"]')!;
    for (let depth = 0; depth < 5_000; depth += 1)
      node = node.appendChild(built.createElement(depth % 2 ? 'div' : 'span'));
    node.textContent = 'built deep';
    const posts = X_ADAPTER.findPosts(built);
    expect(posts).toHaveLength(1);
    expect(X_ADAPTER.extract(posts[0]!)?.text).toBe('built deep');
  });

  it('caps 1 MB of text at MAX_TEXT_CHARS, in one node or many', () => {
    const doc = tweet('');
    const text = doc.querySelector('[data-testid="tweetText"]')!;
    text.textContent = 'ab '.repeat(350_000);
    const [post] = X_ADAPTER.findPosts(doc);
    const single = X_ADAPTER.extract(post!)!.text;
    expect(single.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(single.length).toBeGreaterThan(MAX_TEXT_CHARS - 3);

    text.textContent = '';
    for (let i = 0; i < 10_000; i += 1) text.appendChild(doc.createElement('span')).textContent = 'word '.repeat(20);
    const many = X_ADAPTER.extract(post!)!.text;
    expect(many.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(many.startsWith('word word')).toBe(true);
  });

  it('never cuts an emoji in half at the cap', () => {
    const doc = tweet(`${'a'.repeat(MAX_TEXT_CHARS - 1)}😀😀`);
    const text = X_ADAPTER.extract(X_ADAPTER.findPosts(doc)[0]!)!.text;
    expect(text).toBe('a'.repeat(MAX_TEXT_CHARS - 1));
  });

  it('handles zero-width characters: kept inside words, nothing to score when alone', () => {
    const inside = tweet('ji\u200Bhad is k\u200Dey, \u200C\u200B');
    expect(X_ADAPTER.extract(X_ADAPTER.findPosts(inside)[0]!)!.text).toBe('ji\u200Bhad is k\u200Dey, \u200C\u200B');

    const only = tweet('\u200B\u200C\u200D\u2060\uFEFF\u200F \u200E');
    expect(X_ADAPTER.extract(X_ADAPTER.findPosts(only)[0]!)).toBeNull();

    const flood = tweet('');
    flood.querySelector('[data-testid="tweetText"]')!.textContent = '\u200B'.repeat(1_000_000);
    const post = X_ADAPTER.findPosts(flood)[0]!;
    expect(() => X_ADAPTER.extract(post)).not.toThrow();
    expect(X_ADAPTER.extract(post)).toBeNull();
    flood.querySelector('[data-testid="tweetText"]')!.textContent = 'x\u200B'.repeat(500_000);
    expect(X_ADAPTER.extract(post)!.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  });

  it('does not read scripts, styles, templates, hidden nodes or our label', () => {
    const doc = tweet(
      'visible<script>evil()</script><style>.a{}</style><template><p>tpl</p></template>' +
        '<span hidden>hidden</span><span aria-hidden="true">aria</span><span style="display:none">none</span>' +
        '<basirat-label>label</basirat-label><img alt="🔥" aria-hidden="true" src=""><img alt="Image" src="">' +
        '<span hidden="until-found"> expanded</span>',
    );
    expect(X_ADAPTER.extract(X_ADAPTER.findPosts(doc)[0]!)!.text).toBe('visible🔥 expanded');
  });

  it('treats an image-only post as nothing to score', () => {
    const doc = parse(
      '<article data-testid="tweet"><div data-testid="tweetPhoto"><img alt="Image" src=""></div></article>',
    );
    expect(X_ADAPTER.findPosts(doc)).toEqual([]);
  });
});
