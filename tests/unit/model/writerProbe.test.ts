import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  WRITER_HARMFUL_KINDS,
  WRITER_HARMLESS_KINDS,
  readWriterProbe,
  writerProbeRates,
  type WriterProbePost,
} from '../../../model/pipeline/writerProbe.ts';
import type { FlagRule, Sensitivity } from '../../../utils/classifier/metadata.ts';
import { decisionRule as rule, decisionScores as scores, probeLinesFile } from './probeFixtures.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

const probeLines = (lines: string[]) => probeLinesFile('pakistan-writer.jsonl', lines);

const line = (id: string, lang: string, flag: number, kind: string, text = 'kuch alfaaz') =>
  JSON.stringify({ id, lang, flag, kind, text });

describe('Pakistan writer probe', () => {
  it('reads the committed probe: per language 60 harmful and 60 harmless posts, every kind, in the right script', () => {
    const posts = readWriterProbe(resolve(ROOT, 'model/data/probes/pakistan-writer.jsonl'));
    for (const lang of ['ur', 'ur-Latn'] as const) {
      const mine = posts.filter((post) => post.lang === lang);
      expect(mine.filter((post) => post.harmful)).toHaveLength(60);
      expect(mine.filter((post) => !post.harmful)).toHaveLength(60);
      expect(new Set(mine.map((post) => post.kind))).toEqual(
        new Set([...WRITER_HARMFUL_KINDS, ...WRITER_HARMLESS_KINDS]),
      );
    }
    expect(posts.filter((post) => post.lang === 'ur').every((post) => /[\u0600-\u06ff]/.test(post.text))).toBe(true);
    expect(posts.filter((post) => post.lang === 'ur-Latn').every((post) => !/[\u0600-\u06ff]/.test(post.text))).toBe(
      true,
    );
  });

  it('names the line of a bad post: invalid JSON, an unknown language, a kind that does not fit the flag, a repeated id', () => {
    expect(() => readWriterProbe(probeLines([line('a', 'ur', 1, 'threat'), '{']))).toThrow(
      /pakistan-writer.jsonl:2: not valid JSON/,
    );
    expect(() => readWriterProbe(probeLines([line('a', 'en', 1, 'threat')]))).toThrow(
      /lang must be one of ur, ur-Latn/,
    );
    expect(() => readWriterProbe(probeLines([line('a', 'ur', 0, 'threat')]))).toThrow(
      /pakistan-writer.jsonl:1: kind must be one of news, .* for flag 0/,
    );
    expect(() => readWriterProbe(probeLines([line('a', 'ur', 3, 'threat')]))).toThrow(/flag must be 0 or 1/);
    expect(() => readWriterProbe(probeLines([line('a', 'ur', 1, 'threat'), line('a', 'ur', 0, 'news')]))).toThrow(
      /pakistan-writer.jsonl:2: id a appears twice/,
    );
  });

  it('counts recall and false flags per language and level, flags by kind at balanced, and ranks per language', () => {
    const rules: Record<Sensitivity, FlagRule> = { relaxed: rule(0.9), balanced: rule(0.5), sensitive: rule(0.2) };
    const item = (lang: 'ur' | 'ur-Latn', harmful: boolean, kind: string, flag: number) => ({
      post: { id: `${lang}${kind}`, lang, harmful, kind, text: kind } satisfies WriterProbePost,
      scores: scores(flag),
      lang,
    });
    const result = writerProbeRates(
      [
        item('ur', true, 'threat', 0.95),
        item('ur', true, 'glorification', 0.3),
        item('ur', false, 'news', 0.55),
        item('ur', false, 'everyday', 0.1),
        item('ur-Latn', true, 'recruitment', 0.6),
        item('ur-Latn', false, 'counter_speech', 0.7),
      ],
      rules,
    );
    expect(result.ur.harmful.flagged).toEqual({ relaxed: 1, balanced: 1, sensitive: 2 });
    expect(result.ur.harmless.flagged).toEqual({ relaxed: 0, balanced: 1, sensitive: 1 });
    expect(result.ur.byKind).toEqual({
      threat: { n: 1, flagged: 1 },
      glorification: { n: 1, flagged: 0 },
      news: { n: 1, flagged: 1 },
      everyday: { n: 1, flagged: 0 },
    });
    // 0.95 beats both negatives, 0.3 beats only 0.1: 3 of 4 pairs. Roman Urdu's one harmful post ranks below its harmless one.
    expect(result.ur.auc).toBe(0.75);
    expect(result['ur-Latn'].auc).toBe(0);
    expect(result['ur-Latn'].harmful.flagged.balanced).toBe(1);
    expect(result['ur-Latn'].harmless.flagged.balanced).toBe(1);
  });
});
