/**
 * Telegram Web, both official clients: web.telegram.org/k ("K", Web K) and web.telegram.org/a
 * ("A", Web A) — channel posts and chat (group and private) messages.
 *
 * Markup relied on (both clients are open source; these class names are their own, not generated):
 *  - K: `.bubble[data-mid]` = one message; text in `.message` inside `.bubble-content`. The time/views/
 *    "edited" badge is a `.time` span INSIDE `.message`; a reply preview (`.reply`, quoting another
 *    message) and the sender / "Forwarded from" line (`.name`) sit beside it. Service and date bubbles
 *    (`.bubble.service`) have no `.message`.
 *  - A: `.Message` (`id="message-<id>"`) = one message; text in `.text-content` with the meta badge
 *    `.MessageMeta` inside it; reply previews are `.EmbeddedMessage`; sender line `.message-title`;
 *    service messages are `.ActionMessage` (not `.Message`).
 *  - Emoji: `<img class="emoji" alt="🔥">` in both; custom emoji are images with emoji alt text.
 *    Spoilers are read (the text is in the DOM, only blurred).
 * Truncation: neither client truncates message text ("Show more" exists only for very long channel posts in
 * A, which keeps the whole text in the DOM). Never click.
 * Not read: the quoted text of reply previews (it belongs to the quoted message), sender names, time, view
 * counts, reactions, link-preview cards (text of another site).
 * Label: inside the text element, before the time/meta badge so the badge stays at the bubble's corner.
 *
 * Verified on: 2026-11-28 (against saved fixture modelled on the site's public markup)
 */
import type { SiteAdapter } from './types.ts';
import { asHTMLElement, closestHTML, ownBlocks, ownersOf, readBlocks, type OwnerOf } from './dom.ts';

const CONTAINER = '.bubble, .Message';
const TEXT = '.message, .text-content';
const IGNORE = [
  // K
  '.time',
  '.time-inner',
  '.reply',
  '.name',
  '.peer-title',
  '.reactions',
  'reactions-element',
  '.web',
  '.webpage',
  // A
  '.MessageMeta',
  '.EmbeddedMessage',
  '.message-title',
  '.Reactions',
  '.WebPage',
].join(', ');

const ownerOf: OwnerOf = (block) => {
  // A reply preview's quoted text is another message's: never a block of this one.
  if (closestHTML(block, '.reply, .EmbeddedMessage')) return null;
  return closestHTML(block, CONTAINER);
};

export const TELEGRAM_ADAPTER: SiteAdapter = {
  id: 'telegram',
  name: 'Telegram Web',
  matches: ['https://web.telegram.org/*'],
  verifiedOn: '2026-11-28',
  findPosts: (root) => ownersOf(root, TEXT, ownerOf),
  blocks: { selector: TEXT, ownerOf },
  extract: (post) => readBlocks(post, ownBlocks(post, TEXT, ownerOf), { ignore: IGNORE }),
  labelAnchor: (post) => {
    const text = asHTMLElement(ownBlocks(post, TEXT, ownerOf).at(-1));
    if (!text) return { parent: post, before: null };
    const meta = [...text.children].find((child) => child.matches('.time, .MessageMeta')) ?? null;
    return { parent: text, before: meta };
  },
};
