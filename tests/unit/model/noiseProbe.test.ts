import { describe, expect, it } from 'vitest';
import { FEATURE_SETTINGS } from '../../../utils/classifier/features.ts';
import type { FlagRule } from '../../../utils/classifier/metadata.ts';
import { preprocess } from '../../../utils/classifier/preprocess.ts';
import type { Classification, ClassifierService } from '../../../utils/classifier/service.ts';
import type { DatasetRow } from '../../../model/pipeline/dataset.ts';
import { platformNoiseProbe } from '../../../model/pipeline/noiseProbe.ts';
import type { ScoredRow } from '../../../model/pipeline/evaluate.ts';
import { NOISE_KINDS, noiseProbeTexts } from '../../../model/pipeline/platformNoise.ts';
import type { Split } from '../../../model/pipeline/record.ts';
import { classificationWithFlag, testMetadata } from '../classifier/fixtures.ts';

const RULE: FlagRule = { decision: 0.5, extremist: 1, threat: 1, hate: 1, harmWithTechnique: 1, technique: 1 };

function row(text: string, tag: string, positive: boolean, split: Split = 'test', source = 'authored'): DatasetRow {
  const pre = preprocess(text, FEATURE_SETTINGS);
  return { source, split, text, tag, labels: {}, original: positive ? 'flag:1' : 'flag:0', key: text, pre };
}

/** A stand-in model: harmful words score 0.9, but any hashtag drags a post down to 0.3. */
function fakeClassification(text: string): Classification {
  return classificationWithFlag(text, text.includes('#') ? 0.3 : text.toLowerCase().includes('traitor') ? 0.9 : 0.1);
}

/** The stand-in model as a classifier that records what it was asked. */
function fakeClassifier(asked: string[][]): ClassifierService {
  return {
    metadata: testMetadata(),
    classify(texts) {
      asked.push(texts.map(String));
      return Promise.resolve(texts.map((text) => fakeClassification(String(text))));
    },
  };
}

/** Rows as the pipeline has them after scoring them as written. */
function scoredAsWritten(rows: readonly DatasetRow[]): ScoredRow[] {
  return rows.map((row) => {
    const { scores: rowScores, lang, script } = fakeClassification(row.text);
    return { row, scores: rowScores, lang, script };
  });
}

describe('platformNoiseProbe', () => {
  const rows = [
    row('They are traitors and must pay', 'en/threat', true),
    row('The traitors will be punished soon', 'en/threat', true),
    row('We played cricket all afternoon', 'en/chat', false),
    row('Woh log traitors hain, sabaq sikhana hoga', 'ur-Latn/threat', true),
    row('Aaj barish ho rahi hai', 'ur-Latn/chat', false),
    // Not held-out authored posts with a flag label: never asked about.
    row('training traitors post', 'en/threat', true, 'train'),
    row('public traitors post', '', true, 'test', 'isis_fanboy'),
  ];
  const scored = scoredAsWritten(rows);

  it('figures the held-out authored posts clean (from their scores) and under every kind of noise, per written language', async () => {
    const asked: string[][] = [];
    const result = await platformNoiseProbe(fakeClassifier(asked), scored, RULE);
    expect(Object.keys(result)).toEqual(['clean', ...NOISE_KINDS]);
    // Only noisy texts are classified: the posts as written were scored already.
    expect(asked).toHaveLength(NOISE_KINDS.length);
    expect(asked[0]).toEqual(
      noiseProbeTexts(
        rows.slice(0, 5).map((r) => r.text),
        NOISE_KINDS[0],
      ),
    );
    expect(asked.flat().some((text) => text.includes('training') || text.includes('public'))).toBe(false);
    expect(result.clean.en.recall).toEqual({ n: 2, flagged: 2, rate: 1 });
    expect(result.clean.en.falseFlags).toEqual({ n: 1, flagged: 0, rate: 0 });
    expect(result.clean['ur-Latn'].recall).toEqual({ n: 1, flagged: 1, rate: 1 });
    expect(result.clean.ur.recall.n).toBe(0);
    expect(result.clean.en.flagAuc).toBe(1);
  });

  it('shows what a kind of noise costs: hashtags drag every post under the threshold here', async () => {
    const result = await platformNoiseProbe(fakeClassifier([]), scored, RULE);
    expect(result.hashtags.en.recall.rate).toBe(0);
    expect(result.hashtags['ur-Latn'].recall.rate).toBe(0);
    // Capitals add no hashtag: nothing changes.
    expect(result.capitals.en.recall.rate).toBe(1);
  });
});
