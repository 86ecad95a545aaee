// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusPostByKey, listenForFocusRequests } from '../../../utils/dom/focusPost.ts';
import { tabEnvelope } from '../../../utils/messaging.ts';
import { postKey } from '../../../utils/postKey.ts';
import { fakeAdapter, makePost } from '../dom/helpers.ts';

afterEach(() => {
  document.body.replaceChildren();
});

function page(texts: string[]): HTMLElement[] {
  const posts = texts.map((text) => makePost(document, text));
  posts.forEach((post, i) => post.setAttribute('data-basirat', i === 1 ? 'flagged' : 'clear'));
  document.body.append(...posts);
  return posts;
}

describe('show me this post', () => {
  it('scrolls to, focuses and outlines the post whose text has the key', async () => {
    const posts = page(['first post', '  the flagged post  ', 'third']);
    const target = posts[1]!;
    const scroll = vi.fn();
    target.scrollIntoView = scroll;
    expect(await focusPostByKey(document, fakeAdapter(), await postKey('the flagged post'))).toBe(true);
    expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ block: 'center' }));
    expect(document.activeElement).toBe(target);
    expect(target.getAttribute('tabindex')).toBe('-1');
    expect(target.style.outline).toContain('solid');
  });

  it('answers found: false when the post is gone', async () => {
    page(['only post']);
    expect(await focusPostByKey(document, fakeAdapter(), await postKey('removed post'))).toBe(false);
  });

  it('answers only our extension, and only focusPost messages', async () => {
    page(['a', 'b']);
    let listener: ((message: unknown, sender: { id?: string }) => unknown) | undefined;
    const events = {
      addListener: (fn: typeof listener) => (listener = fn),
      removeListener: () => (listener = undefined),
    };
    const stop = listenForFocusRequests({ document, adapter: fakeAdapter(), events, extensionId: 'ours' });
    const message = tabEnvelope('focusPost', { key: await postKey('b') });
    expect(listener!(message, { id: 'someone-else' })).toBeUndefined();
    expect(listener!({ type: 'other' }, { id: 'ours' })).toBeUndefined();
    await expect(listener!(message, { id: 'ours' })).resolves.toEqual({ found: true });
    stop();
    expect(listener).toBeUndefined();
  });
});
