/**
 * WhatsApp Web (web.whatsapp.com): chat messages, incoming and outgoing, including forwarded ones and
 * media captions.
 *
 * Markup relied on (WhatsApp's `_amjy _ahxt x1n2onr6` classes are generated; these have lasted years):
 *  - `.message-in` / `.message-out`: one message bubble (inside `div[role="row"]`, `div[data-id]`).
 *  - Text: `span.selectable-text.copyable-text`, inside `div.copyable-text[data-pre-plain-text]` (that
 *    attribute holds "[time, date] sender:" and is not read). WhatsApp sets `dir="ltr"`/`"rtl"` on the text
 *    span per message; emoji are `<img class="emoji" alt="🔥">` in it.
 *  - Forwarded: a "Forwarded" / "Forwarded many times" line (`span[data-icon="forwarded"]` + label) above the
 *    text; it is not part of the text, the message is read like any other.
 *  - Replies: the quoted message is a `[role="button"]` box with its text in `.quoted-mention`; that text is
 *    the quoted message's, never read as this one's.
 * Truncation: long messages end with a "Read more" `[role="button"]` and the rest is added to the DOM on
 * click; we read the text present and skip the button. Never click.
 * Not read: sender names in groups, time and ticks (`msg-meta`), reactions, link-preview cards.
 * Label: right after the text span.
 *
 * Verified on: 2026-11-28 (against saved fixture modelled on the site's public markup)
 */
import type { SiteAdapter } from './types.ts';
import { after, closestHTML, ownBlocks, ownersOf, readBlocks, type OwnerOf } from './dom.ts';

const CONTAINER = '.message-in, .message-out';
const TEXT = 'span.selectable-text.copyable-text';
const IGNORE = '[role="button"], .quoted-mention';

const ownerOf: OwnerOf = (block) => {
  if (closestHTML(block, '.quoted-mention, [role="button"]')) return null;
  return closestHTML(block, CONTAINER);
};

export const WHATSAPP_ADAPTER: SiteAdapter = {
  id: 'whatsapp',
  name: 'WhatsApp Web',
  matches: ['https://web.whatsapp.com/*'],
  verifiedOn: '2026-11-28',
  findPosts: (root) => ownersOf(root, TEXT, ownerOf),
  blocks: { selector: TEXT, ownerOf },
  extract: (post) => readBlocks(post, ownBlocks(post, TEXT, ownerOf), { ignore: IGNORE }),
  labelAnchor: (post) => after(ownBlocks(post, TEXT, ownerOf).at(-1), post),
};
