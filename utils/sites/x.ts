/**
 * X (Twitter): home and profile timelines, conversations (replies), search, quote posts.
 *
 * Markup relied on (test ids and roles; the `css-175oi2r r-…` classes are generated and change):
 *  - `article[data-testid="tweet"]`: one post. Replies in a conversation are sibling articles, not nested.
 *  - `[data-testid="tweetText"]`: the text, with `lang` (X's guess; `und` and private codes such as `qme`
 *    are dropped) and `dir="auto"`. Emoji are `<img alt="🔥">`, hashtags/mentions are links inside it,
 *    line breaks are "\n" in pre-wrap text.
 *  - Quote post: a `div[role="link"]` card inside the article with its own `tweetText`.
 *    Decision: the quoted post is its OWN container (nested in the article, texts disjoint). Quoting is
 *    often done to condemn; folding the quoted text into the quoting post would flag the critic, and the
 *    label on the card points at the content that triggered it.
 * Truncation: long posts show "Show more" (`[data-testid="tweet-text-show-more-link"]`, outside tweetText);
 * the timeline only has the truncated text in the DOM, the status page has the full text. We read what is
 * there and never click.
 * Not read: display names and handles (`User-Name`), `time`, "reposted" context, link cards, Community
 * Notes, media alt text. Image-only posts have no tweetText: no container.
 * Label: right after the container's tweetText.
 *
 * Verified on: 2026-11-28 (against saved fixture modelled on the site's public markup)
 */
import type { SiteAdapter } from './types.ts';
import { after, closestHTML, ownBlocks, ownersOf, readBlocks, type OwnerOf } from './dom.ts';

const TWEET = 'article[data-testid="tweet"]';
const QUOTE_CARD = 'div[role="link"]';
const TEXT = '[data-testid="tweetText"]';
const IGNORE = '[data-testid="tweet-text-show-more-link"]';

const ownerOf: OwnerOf = (block) => {
  const tweet = closestHTML(block, TWEET);
  if (!tweet) return null;
  const card = closestHTML(block, QUOTE_CARD);
  return card && tweet.contains(card) ? card : tweet;
};

export const X_ADAPTER: SiteAdapter = {
  id: 'x',
  name: 'X (Twitter)',
  matches: [
    'https://x.com/*',
    'https://mobile.x.com/*',
    'https://pro.x.com/*',
    'https://twitter.com/*',
    'https://mobile.twitter.com/*',
  ],
  verifiedOn: '2026-11-28',
  findPosts: (root) => ownersOf(root, TEXT, ownerOf),
  blocks: { selector: TEXT, ownerOf },
  extract: (post) => readBlocks(post, ownBlocks(post, TEXT, ownerOf), { ignore: IGNORE, preLineBreaks: true }),
  labelAnchor: (post) => after(ownBlocks(post, TEXT, ownerOf).at(-1), post),
};
