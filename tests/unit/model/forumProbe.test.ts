import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FORUM_HARMFUL_KINDS,
  FORUM_HARMLESS_KINDS,
  forumProbeRates,
  readForumProbe,
  type ForumProbePost,
} from '../../../model/pipeline/forumProbe.ts';
import type { FlagRule, Sensitivity } from '../../../utils/classifier/metadata.ts';
import type { Scores } from '../../../utils/classifier/postprocess.ts';
import { decisionRule as rule, probeLinesFile } from './probeFixtures.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

const probeLines = (lines: string[]) => probeLinesFile('forum.jsonl', lines);

const line = (id: string, flag: number, kind: string, text = 'some words') => JSON.stringify({ id, flag, kind, text });

describe('forum probe', () => {
  it('reads the committed probe: at least 80 hateful and 80 harmless posts of every kind', () => {
    const posts = readForumProbe(resolve(ROOT, 'model/data/probes/forum.jsonl'));
    expect(posts.filter((post) => post.harmful).length).toBeGreaterThanOrEqual(80);
    expect(posts.filter((post) => !post.harmful).length).toBeGreaterThanOrEqual(80);
    const kinds = new Set(posts.map((post) => post.kind));
    for (const kind of [...FORUM_HARMFUL_KINDS, ...FORUM_HARMLESS_KINDS]) expect(kinds.has(kind)).toBe(true);
  });

  it('names the line of a bad post: invalid JSON, no text, a kind that does not fit the flag, a repeated id', () => {
    expect(() => readForumProbe(probeLines([line('a', 1, 'violence'), '{oops']))).toThrow(
      /forum.jsonl:2: not valid JSON/,
    );
    expect(() => readForumProbe(probeLines([line('a', 0, 'news', '  ')]))).toThrow(/forum.jsonl:1: text is required/);
    expect(() => readForumProbe(probeLines([line('a', 0, 'violence')]))).toThrow(
      /forum.jsonl:1: kind must be one of policy_debate, .* for flag 0/,
    );
    expect(() => readForumProbe(probeLines([line('a', 2, 'violence')]))).toThrow(/flag must be 0 or 1/);
    expect(() => readForumProbe(probeLines([line('a', 1, 'violence'), '', line('a', 0, 'news')]))).toThrow(
      /forum.jsonl:3: id a appears twice/,
    );
  });

  it('counts recall and false flags per level, flags by kind at balanced, and ranks before thresholds', () => {
    const rules: Record<Sensitivity, FlagRule> = { relaxed: rule(0.9), balanced: rule(0.5), sensitive: rule(0.2) };
    const item = (harmful: boolean, kind: string, flag: number, hate: number) => ({
      post: { id: kind, harmful, kind, text: kind } satisfies ForumProbePost,
      scores: { flag, hate_dehumanization: hate } as unknown as Scores,
      lang: 'en' as const,
    });
    const result = forumProbeRates(
      [
        item(true, 'dehumanisation', 0.95, 0.9),
        item(true, 'conspiracy', 0.3, 0.2),
        item(true, 'violence', 0.6, 0.1),
        item(false, 'news', 0.55, 0.3),
        item(false, 'counter_speech', 0.1, 0.8),
      ],
      rules,
    );
    expect(result.harmful.flagged).toEqual({ relaxed: 1, balanced: 2, sensitive: 3 });
    expect(result.harmless.flagged).toEqual({ relaxed: 0, balanced: 1, sensitive: 1 });
    expect(result.byKind).toEqual({
      dehumanisation: { n: 1, flagged: 1 },
      conspiracy: { n: 1, flagged: 0 },
      violence: { n: 1, flagged: 1 },
      news: { n: 1, flagged: 1 },
      counter_speech: { n: 1, flagged: 0 },
    });
    // Decision: 0.95, 0.6 beat both negatives; 0.3 beats only 0.1 → 5 of 6 pairs. Hate: 0.9 beats both,
    // 0.2 and 0.1 beat neither → 2 of 6.
    expect(result.auc).toEqual({ decision: 0.833, hate: 0.333 });
  });
});
