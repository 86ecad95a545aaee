import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emojiProbeRates, readEmojiProbe } from '../../../model/pipeline/emojiProbe.ts';
import type { FlagRule, Sensitivity } from '../../../utils/classifier/metadata.ts';
import { decisionRule as rule, decisionScores as scores, probeFile as writeProbe } from './probeFixtures.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const probeFile = (spec: unknown) => writeProbe('emoji.json', spec);

describe('emoji probe', () => {
  it('reads the committed probe: posts in each of the three languages', () => {
    const posts = readEmojiProbe(resolve(ROOT, 'model/data/probes/emoji.json'));
    for (const lang of ['en', 'ur', 'ur-Latn'] as const) {
      expect(posts.filter((post) => post.lang === lang).length).toBeGreaterThanOrEqual(20);
    }
  });

  it('rejects a language without posts or with an empty post', () => {
    expect(() => readEmojiProbe(probeFile({ en: ['🌹'], ur: ['🌹'] }))).toThrow(/ur-Latn must be/);
    expect(() => readEmojiProbe(probeFile({ en: ['🌹'], ur: [' '], 'ur-Latn': ['🌹'] }))).toThrow(/ur must be/);
  });

  it('counts flags per level with the threshold of the detected language, and names the flagged posts', () => {
    const rules: Record<Sensitivity, FlagRule> = {
      relaxed: rule(0.9),
      balanced: rule(0.7, 0.5),
      sensitive: rule(0.3),
    };
    const en = (text: string, flag: number) => ({
      post: { lang: 'en' as const, text },
      scores: scores(flag),
      lang: 'en' as const,
    });
    const result = emojiProbeRates([en('🌹', 0.6), en('👀', 0.95), en('🤔', 0.1)], rules);
    expect(result.en.n).toBe(3);
    expect(result.en.flagged).toEqual({ relaxed: 1, balanced: 2, sensitive: 2 });
    expect(result.en.flaggedAtBalanced).toEqual(['🌹', '👀']);
    expect(result.ur).toMatchObject({ n: 0, flaggedAtBalanced: [] });
  });
});
