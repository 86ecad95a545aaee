/**
 * The DOM contract Basirat leaves on pages. Outside checks (end-to-end tests, benchmarks) read these
 * exact names, so they live in one place and change only together with those checks.
 */

/** On every post container Basirat has seen: `pending`, `clear` or `flagged`. */
export const ATTR_STATE = 'data-basirat';
/** On flagged containers only: space-separated technique group ids (TECHNIQUE_HEADS). */
export const ATTR_TECHNIQUES = 'data-basirat-techniques';
/** `unavailable` on a container marked clear because the background could not be reached. */
export const ATTR_ERROR = 'data-basirat-error';
/** Set when the user chose "Show post" on a blurred post; the page stylesheet keys on it. */
export const ATTR_REVEALED = 'data-basirat-revealed';
/**
 * On each text block (SiteAdapter.blocks) the watcher has taken charge of: its post is marked, or it
 * belongs to none. The hide-mode stylesheet injected at document_start hides blocks without it
 * (utils/dom/prehide.ts). Never removed: a block once read must not be hidden again.
 */
export const ATTR_TEXT_READ = 'data-basirat-text';
/** On `<html>` while Basirat is off on this page (site switched off, paused): releases that stylesheet. */
export const ATTR_OFF = 'data-basirat-off';
/** The label element; it hosts an open Shadow DOM. */
export const LABEL_TAG = 'basirat-label';
/** The one stylesheet Basirat injects into the page. */
export const STYLE_ID = 'basirat-style';

export type PostStatus = 'pending' | 'clear' | 'flagged';

export function readStatus(element: Element): PostStatus | null {
  const value = element.getAttribute(ATTR_STATE);
  return value === 'pending' || value === 'clear' || value === 'flagged' ? value : null;
}

/** Marks a post as waiting for a verdict and drops what belonged to an earlier one. */
export function setPending(element: HTMLElement): void {
  element.setAttribute(ATTR_STATE, 'pending');
  element.removeAttribute(ATTR_TECHNIQUES);
  element.removeAttribute(ATTR_ERROR);
  element.removeAttribute(ATTR_REVEALED);
}

/** True for nodes inside one of our labels (its light DOM; the shadow tree is not observed anyway). */
export function isInsideLabel(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest(LABEL_TAG) != null;
}
