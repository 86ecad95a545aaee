/**
 * Flash-proof hide-until-scored (issue #3). The content script starts at document_idle and reads
 * posts in time slices, so text already on the page, or beyond the first slice of a big append, could
 * be painted before its post is marked pending. In hide mode the background therefore registers, per
 * site, a stylesheet injected at document_start that keeps every text block the adapter reads
 * invisible until the watcher has claimed it (ATTR_TEXT_READ): by then its post is pending (hidden by
 * the page stylesheet) or it belongs to no post.
 *
 * Never block (principle 1): the selectors are the adapter's own `blocks`, which the watcher claims
 * exhaustively, and the hiding is a CSS animation rather than a plain rule, so it ends by itself after
 * PREHIDE_FAILSAFE_MS even if the content script never runs (extension crashed, site markup changed).
 * An animation value also beats the page's own (non-important) `visibility` rules on the block and
 * its descendants. `<html data-basirat-off>` releases everything at once when Basirat is off here.
 */
import type { SiteAdapter, SiteId } from '../sites/types.ts';
import { ATTR_OFF, ATTR_TEXT_READ } from './contract.ts';

/** Longest time a text block stays hidden without the content script (cold start is about 1 s). */
export const PREHIDE_FAILSAFE_MS = 8000;
const KEYFRAMES = 'basirat-prehide';

/** The extension file holding a site's stylesheet (generated at build time, wxt.config.ts). */
export function prehideFile(site: SiteId): string {
  return `prehide/${site}.css`;
}

/** `failsafeMs` is a parameter for tests only; the shipped files use PREHIDE_FAILSAFE_MS. */
export function prehideCss(selector: string, failsafeMs = PREHIDE_FAILSAFE_MS): string {
  const unread = `:root:not([${ATTR_OFF}]) :is(${selector}):not([${ATTR_TEXT_READ}])`;
  return [
    '/* Basirat, hide-until-scored: text not yet read by Basirat stays invisible (utils/dom/prehide.ts). */',
    `@keyframes ${KEYFRAMES} { from, to { visibility: hidden; } }`,
    `${unread}, ${unread} * { animation: ${KEYFRAMES} ${failsafeMs}ms linear 1 !important; }`,
    '',
  ].join('\n');
}

/** The sites that get a document_start stylesheet: the eight with a static content script and `blocks`. */
export function prehideSites(
  adapters: readonly SiteAdapter[],
): Array<{ site: SiteId; file: string; css: string; matches: string[] }> {
  return adapters.flatMap((adapter) =>
    adapter.blocks
      ? [
          {
            site: adapter.id,
            file: prehideFile(adapter.id),
            css: prehideCss(adapter.blocks.selector),
            matches: [...adapter.matches],
          },
        ]
      : [],
  );
}
