import type { FeatureSettings } from '../../utils/classifier/features.ts';
import { hashString } from '../../utils/classifier/hash.ts';
import type { FlagRule } from '../../utils/classifier/metadata.ts';
import { preprocess } from '../../utils/classifier/preprocess.ts';
import type { ClassifierService } from '../../utils/classifier/service.ts';
import { seededRandom } from '../../scripts/lib/seededRandom.ts';
import { unitHash, type DatasetRow } from './dataset.ts';
import { flagRate, isPublicHarmless, scoreTextsAs, type ScoredRow } from './evaluate.ts';

/**
 * Short fragments of harmless posts: a reply of one to six words ("brother", "wake up", "the new").
 * The network averages a post's features, so a short post is read through its few words alone, and
 * words that also serve propaganda ("brother", "lions", "wake") decided it: on model 0.23.0 the probe
 * below flagged one to four words of harmless public test posts 4.9–5.8% of the time, the whole posts 1.6%.
 * Training adds such fragments as harmless posts (`withFragments`); the probe measures them on test posts.
 */

/** The fragment lengths the probe measures, in words. */
export const FRAGMENT_LENGTHS = [1, 2, 3, 4, 6] as const;
/** Training fragments are one to this many words long. */
const MAX_TRAINING_FRAGMENT = 6;
/** The source name of training fragments: sampled as a source of their own, never evaluated. */
export const FRAGMENT_SOURCE = 'fragments';

/** The post's words as written: whitespace-separated pieces with a letter (no bare numbers, emoji or punctuation). */
function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter((piece) => /\p{L}/u.test(piece));
}

/** `length` consecutive words of `text`, or undefined when the post has no more words than that. */
export function fragmentOf(text: string, length: number, random: () => number): string | undefined {
  const words = wordsOf(text);
  if (words.length <= length) return undefined;
  const start = Math.floor(random() * (words.length - length + 1));
  return words.slice(start, start + length).join(' ');
}

export interface FragmentOptions {
  /** Share of the harmless public training posts that also give a fragment (chosen by hash of the text). */
  share: number;
  seed: number;
}

/**
 * The rows with a fragment added for `share` of the harmless public training posts (labels copied: a
 * piece of a harmless post is harmless). Our authored negatives give none: counter-speech and news
 * quote the lines they reject, and a quoted line alone is not harmless.
 */
export function withFragments(
  rows: readonly DatasetRow[],
  options: FragmentOptions,
  settings: FeatureSettings,
): DatasetRow[] {
  const added: DatasetRow[] = [];
  for (const row of rows) {
    if (row.split !== 'train' || !isPublicHarmless(row)) continue;
    if (unitHash(row.key, `${options.seed}\u0000fragment`) >= options.share) continue;
    const random = seededRandom(hashString(`${options.seed}\u0000fragment\u0000${row.key}`));
    const text = fragmentOf(row.text, 1 + Math.floor(random() * MAX_TRAINING_FRAGMENT), random);
    if (text === undefined) continue;
    added.push({
      source: FRAGMENT_SOURCE,
      split: 'train',
      text,
      labels: { ...row.labels },
      key: `${row.key}\u0000fragment`,
      pre: preprocess(text, settings),
    });
  }
  return [...rows, ...added];
}

export interface FragmentProbeResult {
  /** The harmless test posts the fragments come from, whole. */
  whole: ReturnType<typeof flagRate>;
  byLength: Record<string, ReturnType<typeof flagRate>>;
}

/**
 * Harmless public test posts whole and as fragments of each length (deterministic per post and length),
 * flagged at one level. A fragment says no more than its post, so every rate should stay at the whole one.
 */
export async function fragmentProbe(
  classifier: ClassifierService,
  scored: readonly ScoredRow[],
  rule: FlagRule,
): Promise<FragmentProbeResult> {
  const harmless = scored.filter(({ row }) => row.split === 'test' && isPublicHarmless(row));
  const byLength: FragmentProbeResult['byLength'] = {};
  for (const length of FRAGMENT_LENGTHS) {
    const texts: string[] = [];
    const parents: DatasetRow[] = [];
    for (const { row } of harmless) {
      const text = fragmentOf(row.text, length, seededRandom(hashString(`probe\u0000${length}\u0000${row.key}`)));
      if (text === undefined) continue;
      texts.push(text);
      parents.push(row);
    }
    byLength[String(length)] = flagRate(await scoreTextsAs(classifier, parents, texts), rule);
  }
  return { whole: flagRate(harmless, rule), byLength };
}
