/** Sites Basirat reads. `generic` (article pages elsewhere) runs only with the user's opt-in permission. */
export const SITE_IDS = [
  'x',
  'facebook',
  'youtube',
  'reddit',
  'instagram',
  'tiktok',
  'telegram',
  'whatsapp',
  'generic',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** See SiteAdapter.blocks. */
export interface TextBlocks {
  /** Compound selectors, a list allowed (the same rule as utils/sites/dom.ts). */
  selector: string;
  ownerOf(block: Element): HTMLElement | null;
}

/** What an adapter reads from one post container. */
export interface ExtractedPost {
  /** Visible text, with emoji alt text and expanded "show more" text where the page has it. */
  text: string;
  /** Language hint from the page (`lang` attribute), if any. */
  lang?: string;
  /** Direction hint from the page (`dir` attribute or computed from the text). */
  dir?: 'ltr' | 'rtl';
}

/**
 * One adapter per site (DESIGN.md). Adapters are pure DOM readers: no browser.* calls, no state,
 * no mutation of the page. The file's header documents the markup it relies on and a "verified on" date.
 */
export interface SiteAdapter {
  id: SiteId;
  name: string;
  /** Manifest match patterns for the content script. */
  matches: string[];
  /** ISO date the selectors were last checked against the real site's markup. */
  verifiedOn: string;
  /** Post containers (the elements that get `data-basirat`) under `root`, in document order. */
  findPosts(root: ParentNode): HTMLElement[];
  /**
   * How findPosts works, as data: the text blocks it reads and the container owning each block
   * (null: the block belongs to no post). Required for the eight sites (tests/unit/sites/registry.test.ts
   * checks findPosts ≡ ownersOf(selector, ownerOf) on every fixture): the watcher claims every block
   * through it, which is what makes the document_start hide stylesheet safe (utils/dom/prehide.ts).
   */
  blocks?: TextBlocks;
  /** Reads one container; null when it has no text to score (e.g. an image-only post). */
  extract(post: HTMLElement): ExtractedPost | null;
  /** Where the label goes inside (or next to) the container. Default: appended to the container. */
  labelAnchor?(post: HTMLElement): { parent: HTMLElement; before: Node | null };
}
