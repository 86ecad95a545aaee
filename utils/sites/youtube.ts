/**
 * YouTube (www.youtube.com): watch page title + description, comments and replies, community posts,
 * Shorts (title and the comments panel).
 *
 * Markup relied on (custom element names and Polymer's `style-scope <element>` classes; ids such as
 * `#content-text` repeat on the page, so they are read per container):
 *  - Comments: `ytd-comment-view-model` (2024 layout) or `ytd-comment-renderer` (older); text in
 *    `#content-text` (`yt-attributed-string`/`yt-formatted-string`). Replies sit in
 *    `ytd-comment-replies-renderer`, a sibling of the parent comment, so each reply is its own container.
 *  - Community posts: `ytd-backstage-post-renderer` / `ytd-post-renderer`, text in `#content-text`.
 *  - Watch page: `ytd-watch-metadata` = title `h1.ytd-watch-metadata` + description
 *    `ytd-text-inline-expander#description-inline-expander`.
 *  - Shorts: `ytd-reel-video-renderer` (one per short, neighbours pre-rendered) with the title in
 *    `yt-shorts-video-title-view-model`; its comments panel may be rendered inside it, and those comments
 *    stay separate containers (each block belongs to its nearest container).
 * Truncation: comments and community posts hold the full text, clamped by CSS, with "Read more"
 * (`tp-yt-paper-button#more`) beside it. The description expander holds the full text in `#expanded`
 * (carrying `hidden` while collapsed) and a cut-down `#snippet`: we read `#expanded` when it has text,
 * else the snippet, and skip "…more"/"Show less" and the measuring copy `#expand-sizer`. Never click.
 * Emoji: standard emoji are text; channel emoji are `<img alt=":name:">` and are not read.
 * Not read: channel names (`#author-text`), dates, view and like counts, chapters/transcript panels.
 * Label: right after the container's last text block.
 *
 * Verified on: 2026-11-28 (against saved fixture modelled on the site's public markup)
 */
import type { SiteAdapter } from './types.ts';
import { after, closestHTML, ownBlocks, ownersOf, queryFirst, readBlocks, type OwnerOf } from './dom.ts';
import { hasVisibleText, visibleText } from './text.ts';

const CONTAINER = [
  'ytd-comment-view-model',
  'ytd-comment-renderer',
  'ytd-backstage-post-renderer',
  'ytd-post-renderer',
  'ytd-watch-metadata',
  'ytd-reel-video-renderer',
].join(', ');
const DESCRIPTION = 'ytd-text-inline-expander#description-inline-expander';
const TEXT = `#content-text, h1.ytd-watch-metadata, ${DESCRIPTION}, yt-shorts-video-title-view-model`;
const IGNORE =
  'tp-yt-paper-button, #expand, #collapse, #expand-sizer, #more, #less, #author-text, #published-time-text';

const ownerOf: OwnerOf = (block) => closestHTML(block, CONTAINER);

/** The description's full text node when the page has it (even while collapsed), else the snippet. */
function descriptionPart(expander: Element): Element {
  const expanded = queryFirst(expander, '#expanded');
  if (expanded && hasVisibleText(visibleText(expanded, { ignore: IGNORE, maxChars: 64 }))) return expanded;
  return queryFirst(expander, '#snippet') ?? expander;
}

function textBlocks(post: HTMLElement): Element[] {
  return ownBlocks(post, TEXT, ownerOf).map((block) => (block.matches(DESCRIPTION) ? descriptionPart(block) : block));
}

export const YOUTUBE_ADAPTER: SiteAdapter = {
  id: 'youtube',
  name: 'YouTube',
  matches: ['https://www.youtube.com/*', 'https://youtube.com/*'],
  verifiedOn: '2026-11-28',
  findPosts: (root) => ownersOf(root, TEXT, ownerOf),
  blocks: { selector: TEXT, ownerOf },
  extract: (post) => readBlocks(post, textBlocks(post), { ignore: IGNORE, preLineBreaks: true }),
  labelAnchor: (post) => after(ownBlocks(post, TEXT, ownerOf).at(-1), post),
};
