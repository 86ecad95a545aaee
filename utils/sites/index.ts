/**
 * Registry of site adapters. Adding a site = adapter file + a line here + fixture + expected.json
 * (tests/unit/sites/registry.test.ts fails otherwise).
 *
 * Contract shared by all adapters (see dom.ts):
 *  - findPosts(root) returns the containers owning text blocks under `root`, in document order, including
 *    `root` itself and the container enclosing `root` when a block under it belongs there. Containers may be
 *    nested in the DOM (X quote cards, Facebook/Reddit comments) but their texts never overlap.
 *  - extract(post) is total: it never throws on hostile markup and caps text at MAX_TEXT_CHARS.
 *  - Our label must be a `<basirat-label>` element (LABEL_TAG): it is skipped when reading text.
 */
import type { SiteAdapter } from './types.ts';
import { FACEBOOK_ADAPTER } from './facebook.ts';
import { GENERIC_ADAPTER } from './generic.ts';
import { INSTAGRAM_ADAPTER } from './instagram.ts';
import { REDDIT_ADAPTER } from './reddit.ts';
import { TELEGRAM_ADAPTER } from './telegram.ts';
import { TIKTOK_ADAPTER } from './tiktok.ts';
import { WHATSAPP_ADAPTER } from './whatsapp.ts';
import { X_ADAPTER } from './x.ts';
import { YOUTUBE_ADAPTER } from './youtube.ts';

export type { ExtractedPost, SiteAdapter, SiteId } from './types.ts';
export { LABEL_TAG, MAX_TEXT_CHARS } from './text.ts';
export { GENERIC_ADAPTER };

/** The sites with a static content script. `generic` is not here: it runs only on opt-in. */
export const ADAPTERS: readonly SiteAdapter[] = [
  X_ADAPTER,
  FACEBOOK_ADAPTER,
  YOUTUBE_ADAPTER,
  REDDIT_ADAPTER,
  INSTAGRAM_ADAPTER,
  TIKTOK_ADAPTER,
  TELEGRAM_ADAPTER,
  WHATSAPP_ADAPTER,
];

/** Match patterns of every registered site, for the content script in the manifest. */
export const ALL_MATCHES: readonly string[] = [...new Set(ADAPTERS.flatMap((adapter) => adapter.matches))];

const PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/;

/**
 * Does `url` match a manifest match pattern? Enough of the spec for our patterns (scheme, host with an
 * optional `*.` prefix, path glob); the fragment is ignored as browsers do. Shared by adapterFor so the
 * registry and the manifest cannot disagree.
 */
export function matchesPattern(pattern: string, url: URL): boolean {
  const parts = PATTERN.exec(pattern);
  if (!parts) return pattern === '<all_urls>' && /^https?:$/.test(url.protocol);
  const [, scheme = '', host = '', path = ''] = parts;
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  const hostname = url.hostname.toLowerCase();
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
  } else if (host !== '*' && hostname !== host) return false;
  const glob = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return glob.test(url.pathname + url.search);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The adapter of a registered site, by URL; undefined elsewhere (the generic adapter is never returned). */
export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches.some((pattern) => matchesPattern(pattern, url)));
}
