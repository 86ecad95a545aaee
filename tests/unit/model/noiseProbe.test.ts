import { describe, expect, it } from 'vitest';
import { FEATURE_SETTINGS } from '../../../utils/classifier/features.ts';
import type { FlagRule } from '../../../utils/classifier/metadata.ts';
import { preprocess } from '../../../utils/classifier/preprocess.ts';
import type { Classification, ClassifierService } from '../../../utils/classifier/service.ts';
import type { DatasetRow } from '../../../model/pipeline/dataset.ts';
import { platformNoiseProbe } from '../../../model/pipeline/noiseProbe.ts';
import { NOISE_KINDS } from '../../../model/pipeline/platformNoise.ts';
import type { Split } from '../../../model/pipeline/record.ts';
import { scores, testMetadata } from '../classifier/fixtures.ts';

const RULE: FlagRule = { decision: 0.5, extremist: 1, threat: 1, hate: 1, harmWithTechnique: 1, technique: 1 };

function row(text: string, tag: string, positive: boolean, split: Split = 'test', source = 'authored'): DatasetRow {
  const pre = preprocess(text, FEATURE_SETTINGS);
  return { source, split, text, tag, labels: {}, original: positive ? 'flag:1' : 'flag:0', key: text, pre };
}

/** A stand-in model: harmful words score 0.9, but any hashtag drags a post down to 0.3; records what it was asked. */
function fakeClassifier(asked: string[][]): ClassifierService {
  return {
    metadata: testMetadata(),
    classify(texts) {
      asked.push(texts.map(String));
      return Promise.resolve(
        texts.map((text): Classification => {
          const value = String(text);
          const flag = value.includes('#') ? 0.3 : value.toLowerCase().includes('traitor') ? 0.9 : 0.1;
          const pre = preprocess(value, FEATURE_SETTINGS);
          return {
            flagged: false,
            severity: 'none',
            scores: scores({ flag }),
            harms: [],
            techniques: [],
            evidence: [],
            lang: pre.lang,
            script: pre.script,
          };
        }),
      );
    },
  };
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

  it('scores the held-out authored posts clean and under every kind of noise, per written language', async () => {
    const asked: string[][] = [];
    const result = await platformNoiseProbe(fakeClassifier(asked), rows, RULE);
    expect(Object.keys(result)).toEqual(['clean', ...NOISE_KINDS]);
    expect(asked).toHaveLength(1 + NOISE_KINDS.length);
    expect(asked[0]).toEqual(rows.slice(0, 5).map((r) => r.text));
    expect(asked.flat().some((text) => text.includes('training') || text.includes('public'))).toBe(false);
    expect(result.clean.en.recall).toEqual({ n: 2, flagged: 2, rate: 1 });
    expect(result.clean.en.falseFlags).toEqual({ n: 1, flagged: 0, rate: 0 });
    expect(result.clean['ur-Latn'].recall).toEqual({ n: 1, flagged: 1, rate: 1 });
    expect(result.clean.ur.recall.n).toBe(0);
    expect(result.clean.en.flagAuc).toBe(1);
  });

  it('shows what a kind of noise costs: hashtags drag every post under the threshold here', async () => {
    const result = await platformNoiseProbe(fakeClassifier([]), rows, RULE);
    expect(result.hashtags.en.recall.rate).toBe(0);
    expect(result.hashtags['ur-Latn'].recall.rate).toBe(0);
    // Capitals add no hashtag: nothing changes.
    expect(result.capitals.en.recall.rate).toBe(1);
  });
});
