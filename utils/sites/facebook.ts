/**
 * Facebook (www. and web.facebook.com, the host many users in Pakistan land on): news feed, groups,
 * comments and replies.
 *
 * Markup relied on (Facebook's `x1lliihq x193iq5w …` classes are atomic CSS and change weekly):
 *  - Post containers: feed units `[aria-posinset]` (feed, groups) and `[role="article"]` (group and page
 *    posts, and every comment/reply: `aria-label="Comment by …"`, localised, so not relied on).
 *    Comments are role=article elements nested inside the post; each block belongs to the NEAREST
 *    container, so a post never reads its comments and a comment never reads its replies.
 *  - Text blocks: `[data-ad-rendering-role="story_message"]`, `[data-ad-preview="message"]`,
 *    `[data-ad-comet-preview="message"]` (post message; kept for ads tooling, so stable) and, for comments
 *    and posts without them, the paragraph divs `div[dir="auto"][style*="text-align"]`. Emoji are
 *    `<img alt>` inside spans; `lang` sits on the comment's span when Facebook knows it.
 * Truncation: "See more" is a `[role="button"]` inside the message and the rest of the text is not in the
 * DOM until clicked; we read the truncated text and skip the button (and "See translation"). Never click.
 * Not read: author names (`h2`/`h3`/`h4` and profile links outside the blocks), timestamps, reaction
 * and comment counts, link-preview titles, "Like · Reply" bars.
 * Wrapper units that own no block (a feed unit whose inner role=article holds the message) are not
 * containers. Label: right after the container's last text block.
 *
 * Verified on: 2026-11-28 (against saved fixture modelled on the site's public markup)
 */
import type { SiteAdapter } from './types.ts';
import { after, closestHTML, ownBlocks, ownersOf, readBlocks, type OwnerOf } from './dom.ts';

const CONTAINER = '[aria-posinset], [role="article"]';
const TEXT =
  '[data-ad-rendering-role="story_message"], [data-ad-preview="message"], [data-ad-comet-preview="message"], div[dir="auto"][style*="text-align"]';
const IGNORE = '[role="button"], h2, h3, h4, time';

// closest() from the block's parent: a block that is itself a container would otherwise own itself.
const ownerOf: OwnerOf = (block) => (block.parentElement ? closestHTML(block.parentElement, CONTAINER) : null);

export const FACEBOOK_ADAPTER: SiteAdapter = {
  id: 'facebook',
  name: 'Facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://facebook.com/*'],
  verifiedOn: '2026-11-28',
  findPosts: (root) => ownersOf(root, TEXT, ownerOf),
  blocks: { selector: TEXT, ownerOf },
  extract: (post) => readBlocks(post, ownBlocks(post, TEXT, ownerOf), { ignore: IGNORE }),
  labelAnchor: (post) => after(ownBlocks(post, TEXT, ownerOf).at(-1), post),
};
