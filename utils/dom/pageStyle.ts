/**
 * The one stylesheet Basirat puts into the page (`<style id="basirat-style">`). Attribute selectors
 * only, so it never depends on the site's class names; text set via textContent.
 */
import type { DisplayMode } from '../settings.ts';
import { ATTR_REVEALED, ATTR_STATE, LABEL_TAG, STYLE_ID } from './contract.ts';

const PENDING = `[${ATTR_STATE}="pending"]`;
const COVERED = `[${ATTR_STATE}="flagged"]:not([${ATTR_REVEALED}])`;
const BLUR = 'filter: blur(12px) !important; pointer-events: none !important; user-select: none !important;';

/**
 * Blur everything in a flagged post except the label and the elements that lead to it. `:has()`
 * finds those ancestors when the adapter anchors the label deep inside the post; browsers without
 * `:has()` get the simple rule (the label is then a direct child in practice). Text sitting directly
 * in the container or in a label ancestor cannot be filtered, so it is made transparent with a
 * soft shadow; the label resets inherited styles on :host.
 */
const COVER_CSS = `
${COVERED}, ${COVERED} :has(${LABEL_TAG}) {
  color: transparent !important;
  text-shadow: 0 0 10px rgba(127, 127, 127, 0.9) !important;
}
@supports selector(:has(a)) {
  ${COVERED} > :not(${LABEL_TAG}):not(:has(${LABEL_TAG})),
  ${COVERED} :has(${LABEL_TAG}) > :not(${LABEL_TAG}):not(:has(${LABEL_TAG})) { ${BLUR} }
}
@supports not selector(:has(a)) {
  ${COVERED} > :not(${LABEL_TAG}) { ${BLUR} }
}
`;

/** Hide-until-scored: keep the layout (no jump when the verdict lands) but show nothing. */
const PENDING_CSS = `
${PENDING}, ${PENDING} * { visibility: hidden !important; }
`;

export function pageCss(mode: DisplayMode): string {
  switch (mode) {
    case 'label':
      return '/* Basirat: label-only mode needs no page styles. */';
    case 'blur':
      return COVER_CSS.trim();
    case 'hide':
      return (PENDING_CSS + COVER_CSS).trim();
  }
}

/** Creates or updates our stylesheet; cheap enough to call on every pass (the page may remove it). */
export function ensurePageStyle(doc: Document, mode: DisplayMode): void {
  try {
    const css = pageCss(mode);
    let style = doc.getElementById(STYLE_ID);
    if (style && style.nodeName !== 'STYLE') style = doc.querySelector(`style#${STYLE_ID}`);
    if (!style) {
      style = doc.createElement('style');
      style.id = STYLE_ID;
      style.textContent = css;
      (doc.head ?? doc.documentElement).append(style);
      return;
    }
    if (style.textContent !== css) style.textContent = css;
  } catch {
    // A page in an odd state (no root element yet) gets the style on the next pass.
  }
}

export function removePageStyle(doc: Document): void {
  try {
    for (const style of doc.querySelectorAll(`style#${STYLE_ID}`)) style.remove();
  } catch {
    // Nothing to undo.
  }
}
