/**
 * DOM helpers shared by the adapters: block → container ownership, document order, label placement.
 *
 * Every adapter works the same way: it finds text *blocks* (e.g. X's `tweetText`) and maps each block to
 * the *container* that owns it (the nearest post element). A container reads only the blocks it owns, so a
 * container nested in another (a quote card in a tweet, a reply inside a Reddit comment) never has its text
 * counted twice.
 *
 * Selectors passed here must be compound (selector lists are fine, descendant combinators are not): the
 * fallback walk tests them element by element, and happy-dom recurses through ancestors for combinators.
 */
import type { ExtractedPost } from './types.ts';
import { directionOf, hasVisibleText, langOf, visibleTextOf, type VisibleTextOptions } from './text.ts';

const XHTML = 'http://www.w3.org/1999/xhtml';
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without relying on a global `Node`.

export type OwnerOf = (block: Element) => HTMLElement | null;

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

export function asHTMLElement(element: Element | null | undefined): HTMLElement | null {
  return element && element.namespaceURI === XHTML ? (element as HTMLElement) : null;
}

/** Nearest ancestor-or-self matching `selector`, as an HTML element. */
export function closestHTML(element: Element, selector: string): HTMLElement | null {
  try {
    return asHTMLElement(element.closest(selector));
  } catch {
    return null;
  }
}

function matchesSafely(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/** Iterative pre-order walk; used when the native query gives up on pathological depth. */
function walkMatching(root: ParentNode, selector: string, out: Element[]): void {
  let current: Element | null = root.firstElementChild;
  while (current) {
    if (matchesSafely(current, selector)) out.push(current);
    if (current.firstElementChild) {
      current = current.firstElementChild;
      continue;
    }
    while (current && !current.nextElementSibling) {
      const parent: Node | null = current.parentNode;
      current = parent && parent !== root && (parent as Node).nodeType === 1 ? (parent as Element) : null;
    }
    current = current ? current.nextElementSibling : null;
  }
}

/** `root` itself (when it matches) and its matching descendants, in document order. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  const out: Element[] = [];
  if (isElement(root) && matchesSafely(root, selector)) out.push(root);
  const start = out.length;
  try {
    for (const element of root.querySelectorAll(selector)) out.push(element);
  } catch (error) {
    // Browsers query any depth; some DOM implementations overflow the stack on hostile nesting.
    if (!(error instanceof RangeError)) throw error;
    out.length = start;
    walkMatching(root, selector, out);
  }
  return out;
}

/** First element matching `selector` in `root` (root included), with the same deep-DOM fallback as queryAll. */
export function queryFirst(root: ParentNode, selector: string): Element | null {
  try {
    return isElement(root) && matchesSafely(root, selector) ? root : root.querySelector(selector);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return queryAll(root, selector)[0] ?? null;
  }
}

/** Unique nodes sorted in document order. */
export function inDocumentOrder<T extends Node>(nodes: Iterable<T>): T[] {
  return [...new Set(nodes)].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

/** Drops blocks nested in an earlier block (input in document order). */
function outermost(blocks: Element[]): Element[] {
  const kept: Element[] = [];
  let outer: Element | undefined;
  for (const block of blocks) {
    if (outer && outer.contains(block)) continue;
    kept.push(block);
    outer = block;
  }
  return kept;
}

/**
 * Containers owning the blocks under `root`, in document order. A block inside `root` whose container
 * encloses `root` yields that container, so a watcher may pass an added subtree and get its post back.
 * `onOrphan` hears of each block that belongs to no container.
 */
export function ownersOf(
  root: ParentNode,
  blockSelector: string,
  ownerOf: OwnerOf,
  onOrphan?: (block: Element) => void,
): HTMLElement[] {
  const owners: HTMLElement[] = [];
  for (const block of queryAll(root, blockSelector)) {
    const owner = ownerOf(block);
    if (owner) owners.push(owner);
    else onOrphan?.(block);
  }
  return inDocumentOrder(owners);
}

/** The outermost blocks of `container` that it owns (not those of a container nested in it). */
export function ownBlocks(container: HTMLElement, blockSelector: string, ownerOf: OwnerOf): Element[] {
  return outermost(queryAll(container, blockSelector).filter((block) => ownerOf(block) === container));
}

/** Reads `blocks` as one post; null when there is nothing visible to score. */
export function readBlocks(
  container: HTMLElement,
  blocks: readonly Element[],
  options: VisibleTextOptions & { pageLevelLang?: boolean } = {},
): ExtractedPost | null {
  const first = blocks[0];
  if (!first) return null;
  const text = visibleTextOf(blocks, options);
  if (!hasVisibleText(text)) return null;
  const post: ExtractedPost = { text };
  const lang = langOf(first, { pageLevel: options.pageLevelLang });
  if (lang) post.lang = lang;
  const dir = directionOf(first, text, container);
  if (dir) post.dir = dir;
  return post;
}

/** Label position right after `element` (outside it, so the label never sits inside the text it judges). */
export function after(
  element: Element | undefined,
  fallback: HTMLElement,
): { parent: HTMLElement; before: Node | null } {
  const parent = asHTMLElement(element?.parentElement);
  if (!element || !parent) return { parent: fallback, before: null };
  return { parent, before: element.nextSibling };
}
