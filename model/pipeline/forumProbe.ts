import type { Lang, Script } from '../../utils/classifier/language.ts';
import type { FlagRule, Sensitivity } from '../../utils/classifier/metadata.ts';
import type { Scores } from '../../utils/classifier/postprocess.ts';
import { harmfulHarmlessRates, harmfulRankingAuc, type ProbeRates } from './identityProbe.ts';
import { flagAndKind, readProbeLines } from './probeLines.ts';

/**
 * A probe of English hate as web forums, Reddit threads and YouTube comments write it: long argued
 * posts and one-line replies, mostly without slurs ("these people", "parasites", "replacement"), and
 * harmless posts in the same words (policy debate, news, counter-speech quoting a slur to reject it,
 * people of those groups on their own lives, anger about football). Our authored posts are about
 * Pakistan, and the sealed evaluation set includes forum and comment-section hate. Written by a writer
 * who saw no authored batch (model/data/probes/forum.jsonl); never trained on.
 */
export const FORUM_HARMFUL_KINDS = [
  'dehumanisation',
  'conspiracy',
  'violence',
  'glorification',
  'recruitment',
] as const;
export const FORUM_HARMLESS_KINDS = [
  'policy_debate',
  'news',
  'condemnation',
  'counter_speech',
  'academic',
  'identity',
  'angry_chat',
] as const;

export interface ForumProbePost {
  id: string;
  harmful: boolean;
  kind: string;
  text: string;
}

function checkPost(fields: Record<string, unknown>, where: string): ForumProbePost {
  return {
    id: fields.id as string,
    ...flagAndKind(fields, FORUM_HARMFUL_KINDS, FORUM_HARMLESS_KINDS, where),
    text: fields.text as string,
  };
}

/** The probe's posts, checked line by line (errors name the file and line; ids must be unique). */
export function readForumProbe(path: string): ForumProbePost[] {
  return readProbeLines(path, checkPost);
}

export interface ForumProbeResult {
  /** Flag rates of the hateful posts: recall. */
  harmful: ProbeRates;
  /** Flag rates of the harmless posts in the same words: false flags. */
  harmless: ProbeRates;
  /** Flagged at balanced, by kind of post. */
  byKind: Record<string, { n: number; flagged: number }>;
  /** How well each output ranks the hateful posts above the harmless ones, before any threshold. */
  auc: { decision: number | null; hate: number | null };
}

export function forumProbeRates(
  scored: ReadonlyArray<{ post: ForumProbePost; scores: Scores; lang?: Lang; script?: Script }>,
  rules: Record<Sensitivity, FlagRule>,
): ForumProbeResult {
  return {
    ...harmfulHarmlessRates(scored, [...FORUM_HARMFUL_KINDS, ...FORUM_HARMLESS_KINDS], rules),
    auc: { decision: harmfulRankingAuc(scored, 'flag'), hate: harmfulRankingAuc(scored, 'hate_dehumanization') },
  };
}
