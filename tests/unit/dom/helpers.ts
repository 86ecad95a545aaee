/**
 * Shared fakes for the content-script tests: a tiny adapter that follows the registry's contract
 * (findPosts includes `root` itself and the post enclosing it), posts, verdicts and a settled wait.
 */
import type { PostVerdict } from '../../../utils/messaging.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings.ts';
import type { SiteAdapter } from '../../../utils/sites/types.ts';

export const POST = 'article.post';

export function fakeAdapter(overrides: Partial<SiteAdapter> = {}): SiteAdapter {
  return {
    id: 'x',
    name: 'Fake',
    matches: ['https://x.com/*'],
    verifiedOn: '2026-01-01',
    findPosts(root) {
      const found = new Set<HTMLElement>();
      if ((root as Node).nodeType === 1) {
        const enclosing = (root as Element).closest<HTMLElement>(POST);
        if (enclosing) found.add(enclosing);
      }
      for (const post of root.querySelectorAll<HTMLElement>(POST)) found.add(post);
      return [...found];
    },
    extract(post) {
      const text = post.querySelector('.text')?.textContent?.trim() ?? '';
      return text ? { text } : null;
    },
    ...overrides,
  };
}

export function makePost(doc: Document, text: string): HTMLElement {
  const post = doc.createElement('article');
  post.className = 'post';
  const body = doc.createElement('p');
  body.className = 'text';
  body.textContent = text;
  post.append(body);
  return post;
}

export function addPosts(doc: Document, parent: HTMLElement, texts: readonly string[]): HTMLElement[] {
  const posts = texts.map((text) => makePost(doc, text));
  parent.append(...posts);
  return posts;
}

export function verdict(overrides: Partial<PostVerdict> = {}): PostVerdict {
  return {
    flagged: true,
    severity: 'medium',
    confidence: 0.7,
    harms: ['violent_threat_incitement'],
    techniques: ['us_vs_them_flag_waving', 'loaded_language_name_calling'],
    evidence: [{ text: 'wipe them out', start: 0, end: 13 }],
    lang: 'en',
    ...overrides,
  };
}

export const CLEAR: PostVerdict = {
  flagged: false,
  severity: 'none',
  confidence: 0.9,
  harms: [],
  techniques: [],
  evidence: [],
  lang: 'en',
};

export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...structuredClone(DEFAULT_SETTINGS), ...overrides };
}

/** Lets mutation callbacks (microtasks) and the timers they schedule run. */
export function tick(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await tick(5);
  }
}
