/** Loads the saved-page fixtures of tests/fixtures/sites/<site>/<name>.html and their expected.json. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A string, not `new URL(...)`: under happy-dom the global URL is the DOM's, which node:url rejects.
export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/sites');

export interface ExpectedPost {
  /** A substring of the extracted text. */
  contains: string;
  /** Strings that must not be in the extracted text (usernames, "Show more", quoted text of another post). */
  excludes: string[];
  kind: 'extremist' | 'benign';
  /** Expected language hint; null = none. Absent = not checked. */
  lang?: string | null;
  /** Expected direction hint. Absent = not checked. */
  dir?: 'ltr' | 'rtl';
}

export interface Expected {
  /** The URL the page would have; fixtures are served there in end-to-end tests. */
  url: string;
  /** Every post with text, in document order. */
  posts: ExpectedPost[];
}

export interface Fixture {
  site: string;
  name: string;
  html: string;
  expected: Expected;
}

export function fixtureSites(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function loadFixtures(site: string): Fixture[] {
  const dir = join(FIXTURES_DIR, site);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.html'.length);
      const expectedPath = join(dir, `${name}.expected.json`);
      return {
        site,
        name,
        html: readFileSync(join(dir, file), 'utf8'),
        expected: existsSync(expectedPath)
          ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected)
          : { url: '', posts: [] },
      };
    });
}

export function allFixtures(): Fixture[] {
  return fixtureSites().flatMap(loadFixtures);
}
