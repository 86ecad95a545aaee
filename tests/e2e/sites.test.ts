/**
 * Every site fixture, served at its real URL to the built extension in Chromium: each post gets
 * a state, flagged posts carry techniques and a Shadow-DOM label, and the fixture's extremist posts
 * are the flagged ones, apart from the model's known misses (knownModelMisses.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isKnownMiss } from './knownModelMisses.ts';
import {
  launchExtension,
  readFixture,
  serve,
  settledStates,
  siteFixtures,
  STATIC_SITES,
  type ExtensionSession,
} from './harness.ts';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
});

describe('site fixtures in Chromium', () => {
  it.each(siteFixtures(STATIC_SITES))('%s/%s', async (site, name) => {
    const { html, expected } = readFixture(site, name);
    await serve(session.context, expected.url, html);
    const page = await session.context.newPage();
    try {
      await page.goto(expected.url);
      const states = await settledStates(page, expected.posts.length);
      expect(states).toHaveLength(expected.posts.length);
      const posts = await page.$$eval('[data-basirat]', (elements) =>
        elements.map((el) => {
          // A label belongs to its nearest post: a flagged quote card's label sits inside the quoting post.
          const labels = [...el.querySelectorAll('basirat-label')].filter(
            (label) => label.parentElement?.closest('[data-basirat]') === el,
          );
          return {
            state: el.getAttribute('data-basirat'),
            techniques: el.getAttribute('data-basirat-techniques'),
            text: el.textContent ?? '',
            labels: labels.length,
            labelHasShadow: labels.every((label) => label.shadowRoot !== null),
          };
        }),
      );
      expected.posts.forEach((post, index) => {
        const actual = posts[index]!;
        // `contains` is a piece of the adapter's text, whose blocks (a title and a description) are
        // joined by line breaks; in the page other markup may sit between them, so each line is found
        // on its own (up to its first emoji: those are <img alt> in some fixtures, absent from textContent).
        const pageText = actual.text.replace(/\s+/g, ' ');
        for (const line of post.contains.split('\n')) {
          const start = (line.split(/\p{Extended_Pictographic}/u)[0] ?? '').replace(/\s+/g, ' ').trim().slice(0, 20);
          if (start) expect(pageText, `post ${index}`).toContain(start);
        }
        // A known model miss must show the model's (wrong) judgement; every other post the right one.
        const knownMiss = isKnownMiss(`${site}/${name}`, post.contains);
        const shouldFlag = (post.kind === 'extremist') !== knownMiss;
        expect
          .soft(actual.state, `post ${index} (${post.kind}${knownMiss ? ', known model miss' : ''}): ${post.contains}`)
          .toBe(shouldFlag ? 'flagged' : 'clear');
        if (actual.state === 'flagged') {
          expect(actual.techniques).toMatch(/^[a-z_]+( [a-z_]+)*$/);
          expect(actual.labels).toBe(1);
          expect(actual.labelHasShadow).toBe(true);
        } else {
          expect(actual.labels).toBe(0);
        }
      });
      // Page text is never turned into markup: no element from a post's text may appear.
      expect(await page.$$('img[src="x"]')).toHaveLength(0);
    } finally {
      await page.close();
    }
  });
});
