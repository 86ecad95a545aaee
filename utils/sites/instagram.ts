/**
 * Instagram (www.instagram.com): captions in the feed and on post pages/dialogs, comments and replies.
 *
 * Markup relied on (Instagram's `_ap3a _aaco …` and `x1lliihq …` classes are generated; these are not):
 *  - Caption: `h1[dir="auto"]` (Instagram renders the caption as the page's heading). Its container is the
 *    caption row `li` on post pages, else the feed `article`.
 *  - Comments (post page and dialog): rows `li` holding the commenter's name in an `h3`; the comment is the
 *    `span[dir="auto"]` outside that `h3` and outside links, `time` and buttons of the row (whole rows are
 *    wrapped in a `div[role="button"]`, which is why only chrome inside the row counts). Replies are rows in
 *    a list after their parent; each text belongs to its nearest row, so rows never share text.
 * Truncation: feed captions end with a "… more" `[role="button"]`; the caption text is read as it is
 * in the DOM (the button is skipped), never clicked. Post pages hold the whole caption.
 * Not read: usernames (`h2`/`h3` and profile links outside the text), `time`, like counts, "Reply",
 * "View replies", image alt text (auto-generated descriptions).
 * Label: right after the caption / comment text.
 *
 * Verified on: 2026-11-28 (against saved fixture modelled on the site's public markup)
 */
import type { SiteAdapter } from './types.ts';
import { after, closestHTML, ownBlocks, ownersOf, queryAll, readBlocks, type OwnerOf } from './dom.ts';

const CAPTION = 'h1[dir="auto"]';
const SPAN = 'span[dir="auto"]';
const TEXT = `${CAPTION}, ${SPAN}`;
const NOT_TEXT = 'h2, h3, a, time, [role="button"], button';
const IGNORE = '[role="button"], time';

const ownerOf: OwnerOf = (block) => {
  if (block.matches(CAPTION)) return closestHTML(block, 'li') ?? closestHTML(block, 'article');
  // A comment span: inside a row with a commenter heading, not part of the row's name, link or meta line.
  // (Whole rows are wrapped in a `div[role="button"]`, so only chrome *inside* the row disqualifies.)
  const row = closestHTML(block, 'li');
  if (!row || !hasOwnHeading(row) || closestHTML(block, CAPTION)) return null;
  const chrome = closestHTML(block, NOT_TEXT);
  return chrome && row.contains(chrome) ? null : row;
};

/** The row's commenter heading, not one of a nested reply row. */
function hasOwnHeading(row: HTMLElement): boolean {
  return queryAll(row, 'h3').some((heading) => closestHTML(heading, 'li') === row);
}

export const INSTAGRAM_ADAPTER: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/*', 'https://instagram.com/*'],
  verifiedOn: '2026-11-28',
  findPosts: (root) => ownersOf(root, TEXT, ownerOf),
  blocks: { selector: TEXT, ownerOf },
  extract: (post) => readBlocks(post, ownBlocks(post, TEXT, ownerOf), { ignore: IGNORE }),
  labelAnchor: (post) => after(ownBlocks(post, TEXT, ownerOf).at(-1), post),
};
