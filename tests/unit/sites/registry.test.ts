import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ADAPTERS, adapterFor, ALL_MATCHES, GENERIC_ADAPTER, matchesPattern } from '../../../utils/sites/index.ts';
import { SITE_IDS } from '../../../utils/sites/types.ts';
import { fixtureSites, loadFixtures } from './fixtures.ts';

const SITES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../utils/sites');
const EVERY_ADAPTER = [...ADAPTERS, GENERIC_ADAPTER];

describe('site registry', () => {
  it('registers every site once; generic only on opt-in', () => {
    const ids = ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids, GENERIC_ADAPTER.id].sort()).toEqual([...SITE_IDS].sort());
    expect(ids).not.toContain('generic');
  });

  it('has no fixture folder without an adapter', () => {
    expect(fixtureSites()).toEqual(EVERY_ADAPTER.map((adapter) => adapter.id).sort());
  });

  it('puts the eight sites, and nothing broader, in ALL_MATCHES', () => {
    expect([...ALL_MATCHES].sort()).toEqual([...new Set(ADAPTERS.flatMap((adapter) => adapter.matches))].sort());
    for (const pattern of GENERIC_ADAPTER.matches) expect(ALL_MATCHES).not.toContain(pattern);
    for (const pattern of ALL_MATCHES) {
      expect(() => new MatchPattern(pattern), pattern).not.toThrow();
      expect(pattern, 'no wildcard hosts for a static content script').not.toMatch(/:\/\/\*/);
    }
  });

  it('picks adapters by URL and never returns the generic one', () => {
    const cases: [string, string | undefined][] = [
      ['https://x.com/home', 'x'],
      ['https://twitter.com/someone/status/1', 'x'],
      ['https://web.facebook.com/groups/1/', 'facebook'],
      ['https://www.youtube.com/shorts/abc', 'youtube'],
      ['https://old.reddit.com/r/pakistan/', 'reddit'],
      ['https://www.instagram.com/p/abc/', 'instagram'],
      ['https://www.tiktok.com/@user/video/1', 'tiktok'],
      ['https://web.telegram.org/a/#-100', 'telegram'],
      ['https://web.telegram.org/k/#@channel', 'telegram'],
      ['https://web.whatsapp.com/', 'whatsapp'],
      ['https://news.example.org/story', undefined],
      ['https://notx.com/home', undefined],
      ['https://x.com.evil.example/home', undefined],
      ['https://m.youtube.com/watch?v=1', undefined],
      ['http://x.com/home', undefined],
      ['file:///tmp/x.com/index.html', undefined],
    ];
    for (const [url, id] of cases) expect(adapterFor(new URL(url))?.id, url).toBe(id);
  });

  it('agrees with WXT on what a pattern matches', () => {
    const urls = [
      'https://x.com/home',
      'https://www.reddit.com/r/a/?sort=new',
      'https://web.telegram.org/a/#-1',
      'https://news.example.org/',
    ];
    for (const pattern of [...ALL_MATCHES, ...GENERIC_ADAPTER.matches]) {
      for (const url of urls) {
        expect(matchesPattern(pattern, new URL(url)), `${pattern} ~ ${url}`).toBe(
          new MatchPattern(pattern).includes(url),
        );
      }
    }
  });
});

describe.each(EVERY_ADAPTER.map((adapter) => [adapter.id, adapter] as const))('adapter %s', (id, adapter) => {
  const fixtures = loadFixtures(id);

  it('has at least one fixture, each with an expected.json listing its posts', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    for (const fixture of fixtures) {
      expect(fixture.expected.url, `${id}/${fixture.name}.expected.json`).toMatch(/^https:\/\//);
      expect(fixture.expected.posts.length).toBeGreaterThan(0);
      expect(existsSync(join(SITES_DIR, `${id}.ts`))).toBe(true);
    }
  });

  it('documents its markup and a verified-on date in the file header', () => {
    const source = readFileSync(join(SITES_DIR, `${id}.ts`), 'utf8');
    expect(source.startsWith('/**')).toBe(true);
    const header = source.slice(0, source.indexOf('*/'));
    const date = /Verified on: (\d{4}-\d{2}-\d{2})/.exec(header)?.[1];
    expect(date, 'header needs "Verified on: YYYY-MM-DD"').toBeDefined();
    expect(date).toBe(adapter.verifiedOn);
    expect(Number.isNaN(Date.parse(`${date}T00:00:00Z`))).toBe(false);
    expect(header).toMatch(/Truncation:/);
  });

  it('has match patterns that cover its fixture URLs', () => {
    for (const fixture of fixtures) {
      const url = fixture.expected.url;
      expect(
        adapter.matches.some((pattern) => new MatchPattern(pattern).includes(url)),
        url,
      ).toBe(true);
      if (id !== 'generic') expect(adapterFor(new URL(url))).toBe(adapter);
    }
  });
});
