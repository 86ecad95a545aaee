/**
 * Generic article pages (news sites, blogs, forums with semantic markup). Runs ONLY where the user opted
 * in (optional host permission + programmatic injection); adapterFor() never returns it.
 *
 * Markup relied on: HTML semantics only. Containers are `article` elements (each comment rendered as an
 * `article` is its own container) and, on pages without any article in `main`, `main`. Text blocks are the paragraphs,
 * headings, list items, quotes and preformatted blocks the container owns, outside `nav`, `aside`,
 * `footer`, `form` and landmark roles for navigation/complementary content (menus, "related", share bars).
 * `lang` on `<html>` counts here: on an article page it is the article's language.
 * Truncation: paywall/"continue reading" teasers are read as they are. Never click.
 * Label: before the container's first text block, so the reader sees it before the text.
 *
 * Verified on: 2026-11-28 (against saved fixture modelled on the site's public markup)
 */
import type { SiteAdapter } from './types.ts';
import { asHTMLElement, closestHTML, ownBlocks, ownersOf, queryFirst, readBlocks, type OwnerOf } from './dom.ts';

/**
 * The optional host permission the user grants to opt in (wxt.config.ts `optional_host_permissions`):
 * https pages only. Options requests it; the background registers the content script under it.
 */
export const GENERIC_ORIGINS: readonly string[] = ['https://*/*'];

const TEXT = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre';
const OUTSIDE = 'nav, aside, footer, form, [role="navigation"], [role="complementary"], [role="contentinfo"]';

const ownerOf: OwnerOf = (block) => {
  // `main` stands in only on pages without articles; otherwise it would collect the headings around them.
  const owner = closestHTML(block, 'article') ?? closestHTML(block, 'main');
  if (!owner || (owner.localName === 'main' && queryFirst(owner, 'article'))) return null;
  const chrome = closestHTML(block, OUTSIDE);
  return chrome && owner.contains(chrome) ? null : owner;
};

export const GENERIC_ADAPTER: SiteAdapter = {
  id: 'generic',
  name: 'Article pages',
  // For the opt-in permission request only; never in the static manifest (see ALL_MATCHES).
  matches: ['https://*/*', 'http://*/*'],
  verifiedOn: '2026-11-28',
  findPosts: (root) => ownersOf(root, TEXT, ownerOf),
  blocks: { selector: TEXT, ownerOf },
  extract: (post) => readBlocks(post, ownBlocks(post, TEXT, ownerOf), { ignore: OUTSIDE, pageLevelLang: true }),
  labelAnchor: (post) => {
    const first = ownBlocks(post, TEXT, ownerOf)[0];
    const parent = asHTMLElement(first?.parentElement);
    return first && parent ? { parent, before: first } : { parent: post, before: null };
  },
};
