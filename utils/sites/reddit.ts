/**
 * Reddit: the current layout ("shreddit", www./sh.reddit.com) and old.reddit.com.
 *
 * Markup relied on:
 *  - New layout (custom elements with slots): `shreddit-post` = title (`[slot="title"]`: `a` in feeds,
 *    `h1` on the post page) + body (`[slot="text-body"]`); `shreddit-comment` = `[slot="comment"]`
 *    (the `div.md` body). Replies are `shreddit-comment` elements NESTED inside their parent; a body
 *    belongs to its nearest `shreddit-comment`, so a parent never reads its replies.
 *  - old.reddit: `.thing[data-type="link"|"comment"]` with `.entry` holding `a.title` and
 *    `.usertext-body .md` (self text on the comments page sits in `.expando`); child comments are nested
 *    `.thing`s in `.child`. `.md` outside a `.thing` (sidebar, wiki) is not read; "load more comments"
 *    (`.thing.morechildren`) has no text block.
 * Truncation: feed cards hold the body preview clamped by CSS ("Read more" is a link to the post);
 * comments hold their full body; old.reddit collapsed comments keep their body in the DOM. We read what
 * is there and never click. Not read: author, flair, score, timestamps, award and action bars.
 * Label: after the container's last text block. On the new layout the post and comment elements have
 * shadow roots that only render slotted children, so the label is placed INSIDE the last slotted block
 * (the title or body element) instead of as a direct child of `shreddit-post`/`shreddit-comment`.
 *
 * Verified on: 2026-11-28 (against saved fixture modelled on the site's public markup)
 */
import type { SiteAdapter } from './types.ts';
import { after, asHTMLElement, closestHTML, ownBlocks, ownersOf, readBlocks, type OwnerOf } from './dom.ts';

const CONTAINER = 'shreddit-post, shreddit-comment, .thing';
const NEW_TEXT = '[slot="title"], [slot="text-body"], [slot="comment"]';
const OLD_TEXT = 'a.title, .md';
const TEXT = `${NEW_TEXT}, ${OLD_TEXT}`;
const IGNORE = 'faceplate-timeago, shreddit-comment-action-row, .usertext-edit, .linkflairlabel, .domain';

const ownerOf: OwnerOf = (block) => {
  const owner = closestHTML(block, CONTAINER);
  if (!owner) return null;
  if (owner.localName === 'shreddit-post' || owner.localName === 'shreddit-comment') {
    // Only slotted children of the element itself are its text (not, e.g., a slot of an inner widget).
    return block.matches(NEW_TEXT) && block.parentElement === owner ? owner : null;
  }
  // old.reddit: only title links and bodies of the thing's own entry (not the reply box, sidebar widgets).
  const type = owner.getAttribute('data-type');
  if (type !== 'link' && type !== 'comment') return null;
  if (!block.matches(OLD_TEXT) || !closestHTML(block, '.entry')) return null;
  return block.localName === 'a' || closestHTML(block, '.usertext-body') ? owner : null;
};

export const REDDIT_ADAPTER: SiteAdapter = {
  id: 'reddit',
  name: 'Reddit',
  matches: ['https://www.reddit.com/*', 'https://reddit.com/*', 'https://sh.reddit.com/*', 'https://old.reddit.com/*'],
  verifiedOn: '2026-11-28',
  findPosts: (root) => ownersOf(root, TEXT, ownerOf),
  blocks: { selector: TEXT, ownerOf },
  extract: (post) => readBlocks(post, ownBlocks(post, TEXT, ownerOf), { ignore: IGNORE }),
  labelAnchor: (post) => {
    const last = ownBlocks(post, TEXT, ownerOf).at(-1);
    const slotted = last && last.parentElement === post ? asHTMLElement(last) : null;
    return slotted ? { parent: slotted, before: null } : after(last, post);
  },
};
