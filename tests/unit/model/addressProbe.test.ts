import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ADDRESS_KINDS,
  ADDRESS_LANGS,
  addressProbeRates,
  readAddressProbe,
  type AddressProbePost,
} from '../../../model/pipeline/addressProbe.ts';
import type { FlagRule, Sensitivity } from '../../../utils/classifier/metadata.ts';
import { decisionRule as rule, decisionScores as scores, probeLinesFile } from './probeFixtures.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

const probeLines = (lines: string[]) => probeLinesFile('address.jsonl', lines);

const line = (id: string, lang: string, kind: string, text = 'kal milte hain') =>
  JSON.stringify({ id, lang, kind, text });

describe('address probe', () => {
  it('reads the committed probe: 40 posts per language, every kind in each, in its own script', () => {
    const posts = readAddressProbe(resolve(ROOT, 'model/data/probes/address.jsonl'));
    for (const lang of ADDRESS_LANGS) {
      const mine = posts.filter((post) => post.lang === lang);
      expect(mine).toHaveLength(40);
      expect(new Set(mine.map((post) => post.kind))).toEqual(new Set(ADDRESS_KINDS));
    }
    expect(posts.filter((post) => post.lang === 'ur').every((post) => /[\u0600-\u06ff]/.test(post.text))).toBe(true);
    expect(posts.filter((post) => post.lang !== 'ur').every((post) => !/[\u0600-\u06ff]/.test(post.text))).toBe(true);
  });

  it('names the line of a bad post: an unknown language or kind, a repeated id', () => {
    expect(() => readAddressProbe(probeLines([line('a', 'ar', 'errand')]))).toThrow(
      /address.jsonl:1: lang must be one of en, ur, ur-Latn/,
    );
    expect(() => readAddressProbe(probeLines([line('a', 'en', 'threat')]))).toThrow(/kind must be one of errand/);
    expect(() => readAddressProbe(probeLines([line('a', 'en', 'plans'), line('a', 'ur-Latn', 'family')]))).toThrow(
      /address.jsonl:2: id a appears twice/,
    );
  });

  it('counts false flags per language and level, by kind at balanced, and lists the posts flagged at balanced', () => {
    const rules: Record<Sensitivity, FlagRule> = { relaxed: rule(0.9), balanced: rule(0.5), sensitive: rule(0.2) };
    const item = (lang: AddressProbePost['lang'], kind: string, text: string, flag: number) => ({
      post: { id: text, lang, kind, text } satisfies AddressProbePost,
      scores: scores(flag),
      lang,
    });
    const result = addressProbeRates(
      [
        item('en', 'affection', 'I miss you', 0.6),
        item('en', 'errand', 'your parcel is here', 0.1),
        item('ur-Latn', 'plans', 'gate pe milo', 0.95),
      ],
      rules,
    );
    expect(result.en.flagged).toEqual({ relaxed: 0, balanced: 1, sensitive: 1 });
    expect(result.en.byKind).toEqual({ errand: { n: 1, flagged: 0 }, affection: { n: 1, flagged: 1 } });
    expect(result.en.flaggedAtBalanced).toEqual(['I miss you']);
    expect(result['ur-Latn'].flaggedAtBalanced).toEqual(['gate pe milo']);
    expect(result.ur).toMatchObject({ n: 0, flagged: { relaxed: 0, balanced: 0, sensitive: 0 } });
  });
});
