import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readViolenceProbe, violenceProbeRates } from '../../../model/pipeline/violenceProbe.ts';
import type { FlagRule, Sensitivity } from '../../../utils/classifier/metadata.ts';
import { decisionRule as rule, decisionScores as scores, probeFile as writeProbe } from './probeFixtures.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const probeFile = (spec: unknown) => writeProbe('violence.json', spec);

const language = {
  groups: [
    ['Hindus', 'Hinduon'],
    ['Shias', 'Shiaon'],
  ],
  harmful: ['Kill all {D}', '{O} ko maar do'],
  harmless: ['Two {D} were killed'],
};

describe('violence probe', () => {
  it('reads the committed probe: calls for violence and harmless posts in each language', () => {
    const posts = readViolenceProbe(resolve(ROOT, 'model/data/probes/violence.json'));
    for (const lang of ['en', 'ur', 'ur-Latn'] as const) {
      const mine = posts.filter((post) => post.lang === lang);
      expect(mine.filter((post) => post.harmful).length).toBeGreaterThanOrEqual(40);
      expect(mine.filter((post) => !post.harmful).length).toBeGreaterThanOrEqual(40);
      expect(mine.every((post) => !/\{[DO]\}/.test(post.text))).toBe(true);
    }
  });

  it('fills every template with both forms of every group', () => {
    const posts = readViolenceProbe(probeFile({ en: language, ur: language, 'ur-Latn': language }));
    const en = posts.filter((post) => post.lang === 'en');
    expect(en.map((post) => [post.harmful, post.group, post.text])).toEqual([
      [true, 'Hindus', 'Kill all Hindus'],
      [true, 'Shias', 'Kill all Shias'],
      [true, 'Hindus', 'Hinduon ko maar do'],
      [true, 'Shias', 'Shiaon ko maar do'],
      [false, 'Hindus', 'Two Hindus were killed'],
      [false, 'Shias', 'Two Shias were killed'],
    ]);
  });

  it('rejects a language without groups, or a template that names no group', () => {
    expect(() => readViolenceProbe(probeFile({ en: language, ur: language }))).toThrow(/ur-Latn.groups/);
    const noSlot = { ...language, harmless: ['Two people were killed'] };
    expect(() => readViolenceProbe(probeFile({ en: language, ur: noSlot, 'ur-Latn': language }))).toThrow(
      /ur.harmless template "Two people were killed" has no \{D\} or \{O\}/,
    );
  });

  it('counts recall on the calls and false flags on the rest, per level, and names the calls missed at balanced', () => {
    const rules: Record<Sensitivity, FlagRule> = {
      relaxed: rule(0.9),
      balanced: rule(0.7, 0.5),
      sensitive: rule(0.3),
    };
    const en = (text: string, harmful: boolean, flag: number) => ({
      post: { lang: 'en' as const, group: 'Hindus', harmful, text },
      scores: scores(flag),
      lang: 'en' as const,
    });
    const result = violenceProbeRates(
      [
        en('Kill all Hindus', true, 0.95),
        en('Hinduon ko maar do', true, 0.4),
        en('Two Hindus were killed', false, 0.6),
      ],
      rules,
    );
    expect(result.en.harmful.flagged).toEqual({ relaxed: 1, balanced: 1, sensitive: 2 });
    expect(result.en.harmless.flagged).toEqual({ relaxed: 0, balanced: 1, sensitive: 1 });
    expect(result.en.missedAtBalanced).toEqual(['Hinduon ko maar do']);
    expect(result.ur).toMatchObject({ harmful: { n: 0 }, harmless: { n: 0 }, missedAtBalanced: [] });
  });
});
