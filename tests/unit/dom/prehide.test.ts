// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PREHIDE_FAILSAFE_MS, prehideCss, prehideFile, prehideSites } from '../../../utils/dom/prehide.ts';
import { ADAPTERS, GENERIC_ADAPTER } from '../../../utils/sites/index.ts';

describe('hide mode document_start stylesheet', () => {
  it('hides unread text blocks (and what is inside them) with an animation that ends by itself', () => {
    const css = prehideCss('[data-testid="tweetText"], .md');
    const unread = ':root:not([data-basirat-off]) :is([data-testid="tweetText"], .md):not([data-basirat-text])';
    expect(css).toContain(`${unread}, ${unread} * {`);
    expect(css).toContain('@keyframes basirat-prehide { from, to { visibility: hidden; } }');
    expect(css).toContain(`animation: basirat-prehide ${PREHIDE_FAILSAFE_MS}ms linear 1 !important;`);
    // No fill mode: once the animation is over the page's own style applies again (never block).
    expect(css).not.toMatch(/forwards|both|infinite/);
    expect(css).not.toMatch(/visibility:\s*hidden\s*!important/);
  });

  it('is parseable and selects exactly the unread blocks while Basirat is on', () => {
    document.documentElement.removeAttribute('data-basirat-off');
    document.body.innerHTML =
      '<div data-testid="tweetText" id="a"><span id="inner">x</span></div>' +
      '<div data-testid="tweetText" id="b" data-basirat-text>y</div><p id="c">z</p>';
    const style = document.createElement('style');
    style.textContent = prehideCss('[data-testid="tweetText"]');
    document.head.append(style);
    const rule = [...(style.sheet?.cssRules ?? [])].find((entry) => 'selectorText' in entry) as CSSStyleRule;
    const matched = [...document.querySelectorAll(rule.selectorText)].map((element) => element.id);
    expect(matched).toEqual(['a', 'inner']);
    document.documentElement.setAttribute('data-basirat-off', '');
    expect(document.querySelectorAll(rule.selectorText)).toHaveLength(0);
    document.documentElement.removeAttribute('data-basirat-off');
    style.remove();
  });

  it('exists for each of the eight sites, from the adapter selectors, and not for the generic adapter', () => {
    const sites = prehideSites(ADAPTERS);
    expect(sites.map((entry) => entry.site)).toEqual(ADAPTERS.map((adapter) => adapter.id));
    for (const { site, file, css } of sites) {
      expect(file).toBe(prehideFile(site));
      expect(css).toContain(ADAPTERS.find((adapter) => adapter.id === site)!.blocks!.selector);
    }
    expect(sites.map((entry) => entry.site)).not.toContain(GENERIC_ADAPTER.id);
  });
});
