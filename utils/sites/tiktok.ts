/**
 * TikTok (www.tiktok.com): video descriptions (video page, For You feed) and comments with replies.
 *
 * Markup relied on: TikTok's end-to-end test ids (`data-e2e`), which outlive its styled-components
 * classes (`css-1d6t3ff-DivCommentItemContainer eo72wou0`):
 *  - Descriptions: `[data-e2e="browse-video-desc"]` (video page) and `[data-e2e="video-desc"]` (feed); the
 *    text is in `span[data-e2e="new-desc-span"]` pieces with hashtag links (`search-common-link`).
 *  - Comments: `[data-e2e="comment-level-1"]` (top level) and `[data-e2e="comment-level-2"]` (replies):
 *    exactly the text, without username (`comment-username-1`), time or like count.
 * The container is the text element itself: these never nest, and the comment item wrappers do (replies
 * render inside the parent's item), so the text element is the only container that is never counted twice.
 * Truncation: descriptions hold the full text clamped by CSS with a "more" `button` (skipped); comments
 * hold their full text. Never click.
 * Label: appended inside the text element, so it stays inside the container that carries `data-basirat`
 * (the DOM contract; users' styles select `[data-basirat] basirat-label`). Text reading skips it.
 *
 * Verified on: 2026-11-28 (against saved fixture modelled on the site's public markup)
 */
import type { SiteAdapter } from './types.ts';
import { asHTMLElement, ownersOf, readBlocks, type OwnerOf } from './dom.ts';

const TEXT =
  '[data-e2e="browse-video-desc"], [data-e2e="video-desc"], [data-e2e="comment-level-1"], [data-e2e="comment-level-2"]';
const IGNORE = '[role="button"], [data-e2e="comment-username-1"], [data-e2e="comment-time-1"]';

const ownerOf: OwnerOf = (block) => asHTMLElement(block);

export const TIKTOK_ADAPTER: SiteAdapter = {
  id: 'tiktok',
  name: 'TikTok',
  matches: ['https://www.tiktok.com/*', 'https://tiktok.com/*'],
  verifiedOn: '2026-11-28',
  findPosts: (root) => ownersOf(root, TEXT, ownerOf),
  blocks: { selector: TEXT, ownerOf },
  extract: (post) => readBlocks(post, [post], { ignore: IGNORE }),
};
