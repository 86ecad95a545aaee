import { describe, expect, it } from 'vitest';
import { FEATURE_SETTINGS } from '../../../utils/classifier/features.ts';
import type { FlagRule } from '../../../utils/classifier/metadata.ts';
import { preprocess } from '../../../utils/classifier/preprocess.ts';
import type { Classification, ClassifierService } from '../../../utils/classifier/service.ts';
import type { DatasetRow } from '../../../model/pipeline/dataset.ts';
import type { ScoredRow } from '../../../model/pipeline/evaluate.ts';
import {
  FRAGMENT_LENGTHS,
  FRAGMENT_SOURCE,
  fragmentOf,
  fragmentProbe,
  withFragments,
} from '../../../model/pipeline/fragments.ts';
import type { Split } from '../../../model/pipeline/record.ts';
import { seededRandom } from '../../../scripts/lib/seededRandom.ts';
import { classificationWithFlag, testMetadata } from '../classifier/fixtures.ts';

const RULE: FlagRule = { decision: 0.5, extremist: 1, threat: 1, hate: 1, harmWithTechnique: 1, technique: 1 };
const HARMLESS = { extremist_propaganda: 0, hate_dehumanization: 0 } as const;

function row(text: string, source: string, labels: DatasetRow['labels'], split: Split = 'train'): DatasetRow {
  return { source, split, text, labels, key: `${source}|${text}`, pre: preprocess(text, FEATURE_SETTINGS) };
}

describe('fragmentOf', () => {
  it('takes consecutive words as written, counting only pieces with a letter', () => {
    const text = 'We won the match 🏏 by 3 wickets today!';
    for (let seed = 0; seed < 20; seed++) {
      const piece = fragmentOf(text, 3, seededRandom(seed))!;
      expect(text.replace(' 🏏', '').replace(' 3', '')).toContain(piece);
      expect(piece.split(' ')).toHaveLength(3);
    }
  });

  it('gives nothing for a post no longer than the fragment', () => {
    expect(fragmentOf('two words', 2, seededRandom(1))).toBeUndefined();
    expect(fragmentOf('🔥🔥 123', 1, seededRandom(1))).toBeUndefined();
    expect(fragmentOf('three whole words', 2, seededRandom(1))).toBeDefined();
  });
});

describe('withFragments', () => {
  const rows = Array.from({ length: 200 }, (_, i) => [
    row(`harmless tweet number ${i} about the weather and cricket`, 'tweeteval_sentiment', HARMLESS),
    row(`our own harmless post ${i} quoting what we reject`, 'authored', { extremist_propaganda: 0 }),
    row(`a hateful tweet ${i} with many words in it`, 'tweeteval_hate', { hate_dehumanization: 1 }),
    row(`a heated urdu thread ${i} with many words`, 'urdu_threat', { violent_threat_incitement: 0 }),
    row(`harmless test tweet ${i} with many words`, 'tweeteval_sentiment', HARMLESS, 'test'),
  ]).flat();

  it('adds fragments of harmless public training posts only, with their labels, as a source of their own', () => {
    const out = withFragments(rows, { share: 0.5, seed: 3 }, FEATURE_SETTINGS);
    const added = out.slice(rows.length);
    expect(out.slice(0, rows.length)).toEqual(rows);
    // About half of the 200 eligible posts, and none of the others.
    expect(added.length).toBeGreaterThan(70);
    expect(added.length).toBeLessThan(130);
    for (const fragment of added) {
      expect(fragment).toMatchObject({ source: FRAGMENT_SOURCE, split: 'train', labels: HARMLESS });
      const parent = rows.find((candidate) => `${candidate.key}\u0000fragment` === fragment.key)!;
      expect(parent.source).toBe('tweeteval_sentiment');
      expect(parent.split).toBe('train');
      // Consecutive words of the parent; the number between two of them is no word.
      expect(parent.text.replace(/ \d+/u, '')).toContain(fragment.text);
      expect(fragment.text.split(' ').length).toBeLessThanOrEqual(6);
      expect(fragment.pre.text).toBe(preprocess(fragment.text, FEATURE_SETTINGS).text);
    }
  });

  it('is deterministic per seed', () => {
    const once = withFragments(rows, { share: 0.5, seed: 3 }, FEATURE_SETTINGS).map((r) => r.text);
    expect(withFragments(rows, { share: 0.5, seed: 3 }, FEATURE_SETTINGS).map((r) => r.text)).toEqual(once);
    expect(withFragments(rows, { share: 0.5, seed: 4 }, FEATURE_SETTINGS).map((r) => r.text)).not.toEqual(once);
    expect(withFragments(rows, { share: 0, seed: 3 }, FEATURE_SETTINGS)).toHaveLength(rows.length);
  });
});

describe('fragmentProbe', () => {
  /** A stand-in model that flags any text of three words or fewer. */
  function classification(text: string): Classification {
    return classificationWithFlag(text, text.split(' ').length <= 3 ? 0.9 : 0.1);
  }
  const classifier: ClassifierService = {
    metadata: testMetadata(),
    classify: (texts) => Promise.resolve(texts.map((text) => classification(String(text)))),
  };
  const scoredAsWritten = (rows: DatasetRow[]): ScoredRow[] =>
    rows.map((r) => {
      const { scores: rowScores, lang, script } = classification(r.text);
      return { row: r, scores: rowScores, lang, script };
    });

  it('flags fragments of harmless public test posts by length, beside the whole posts', async () => {
    const rows = [
      row('one two three four five six seven', 'tweeteval_sentiment', HARMLESS, 'test'),
      row('alpha beta gamma delta epsilon', 'ptc', { propaganda_any: 0 }, 'test'),
      // Not counted: a training post, our own post, a hateful one and one calibration does not trust.
      row('one two three four five six seven', 'tweeteval_sentiment', HARMLESS, 'train'),
      row('our own harmless post with many words', 'authored', { extremist_propaganda: 0 }, 'test'),
      row('a hateful tweet with many words here', 'tweeteval_hate', { hate_dehumanization: 1 }, 'test'),
      row('a heated urdu thread with many words', 'urdu_threat', { violent_threat_incitement: 0 }, 'test'),
    ];
    const result = await fragmentProbe(classifier, scoredAsWritten(rows), RULE);
    expect(result.whole).toMatchObject({ n: 2, flagged: 0 });
    expect(Object.keys(result.byLength)).toEqual(FRAGMENT_LENGTHS.map(String));
    expect(result.byLength['1']).toMatchObject({ n: 2, flagged: 2 });
    expect(result.byLength['3']).toMatchObject({ n: 2, flagged: 2 });
    expect(result.byLength['4']).toMatchObject({ n: 2, flagged: 0 });
    // The five-word post has no six-word fragment.
    expect(result.byLength['6']).toMatchObject({ n: 1, flagged: 0 });
  });
});
