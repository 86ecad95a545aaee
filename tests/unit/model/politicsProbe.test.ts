import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  POLITICS_KINDS,
  politicsProbeRates,
  readPoliticsProbe,
  type PoliticsProbePost,
} from '../../../model/pipeline/politicsProbe.ts';
import type { FlagRule, Sensitivity } from '../../../utils/classifier/metadata.ts';
import { decisionRule as rule, decisionScores as scores, probeLinesFile } from './probeFixtures.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

const probeLines = (lines: string[]) => probeLinesFile('politics.jsonl', lines);

const line = (id: string, lang: string, kind: string, text = 'kuch alfaaz') => JSON.stringify({ id, lang, kind, text });

describe('politics probe', () => {
  it.each(['politics.jsonl', 'politics-loaded.jsonl'])(
    'reads the committed probe %s: at least 150 tweets per language, every kind in each',
    (file) => {
      const posts = readPoliticsProbe(resolve(ROOT, 'model/data/probes', file));
      for (const lang of ['ur', 'ur-Latn'] as const) {
        const mine = posts.filter((post) => post.lang === lang);
        expect(mine.length).toBeGreaterThanOrEqual(150);
        expect(new Set(mine.map((post) => post.kind))).toEqual(new Set(POLITICS_KINDS));
      }
      // Urdu tweets are written in Arabic script, Roman Urdu ones in Latin letters.
      expect(posts.filter((post) => post.lang === 'ur').every((post) => /[\u0600-\u06ff]/.test(post.text))).toBe(true);
      expect(posts.filter((post) => post.lang === 'ur-Latn').every((post) => /[a-z]/i.test(post.text))).toBe(true);
    },
  );

  it('names the line of a bad tweet: invalid JSON, no text, an unknown language or kind, a repeated id', () => {
    expect(() => readPoliticsProbe(probeLines([line('a', 'ur', 'sarcasm'), 'nope']))).toThrow(
      /politics.jsonl:2: not valid JSON/,
    );
    expect(() => readPoliticsProbe(probeLines([line('a', 'ur', 'sarcasm', '')]))).toThrow(/text is required/);
    expect(() => readPoliticsProbe(probeLines([line('a', 'en', 'sarcasm')]))).toThrow(
      /politics.jsonl:1: lang must be one of ur, ur-Latn/,
    );
    expect(() => readPoliticsProbe(probeLines([line('a', 'ur', 'threat')]))).toThrow(/kind must be one of criticism/);
    expect(() => readPoliticsProbe(probeLines([line('a', 'ur', 'support'), line('a', 'ur-Latn', 'support')]))).toThrow(
      /politics.jsonl:2: id a appears twice/,
    );
  });

  it('counts flags per language and level, by kind at balanced, and lists the tweets flagged at balanced', () => {
    const rules: Record<Sensitivity, FlagRule> = { relaxed: rule(0.9), balanced: rule(0.5), sensitive: rule(0.2) };
    const item = (lang: 'ur' | 'ur-Latn', kind: string, text: string, flag: number) => ({
      post: { id: text, lang, kind, text } satisfies PoliticsProbePost,
      scores: scores(flag),
      lang,
    });
    const result = politicsProbeRates(
      [
        item('ur-Latn', 'sarcasm', 'wah kya baat hai', 0.6),
        item('ur-Latn', 'support', 'zindabad', 0.3),
        item('ur-Latn', 'sarcasm', 'phir u-turn', 0.1),
        item('ur', 'economy', 'مہنگائی', 0.95),
      ],
      rules,
    );
    expect(result['ur-Latn'].flagged).toEqual({ relaxed: 0, balanced: 1, sensitive: 2 });
    expect(result['ur-Latn'].byKind).toEqual({ sarcasm: { n: 2, flagged: 1 }, support: { n: 1, flagged: 0 } });
    expect(result['ur-Latn'].flaggedAtBalanced).toEqual(['wah kya baat hai']);
    expect(result.ur).toMatchObject({ n: 1, flagged: { relaxed: 1, balanced: 1, sensitive: 1 } });
  });
});
