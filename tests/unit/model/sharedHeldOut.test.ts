import { describe, expect, it } from 'vitest';
import { FEATURE_SETTINGS } from '../../../utils/classifier/features.ts';
import type { FlagRule } from '../../../utils/classifier/metadata.ts';
import { preprocess } from '../../../utils/classifier/preprocess.ts';
import type { DatasetRow } from '../../../model/pipeline/dataset.ts';
import type { ScoredRow } from '../../../model/pipeline/evaluate.ts';
import { sharedHeldOut } from '../../../model/pipeline/sharedHeldOut.ts';
import { scores } from '../classifier/fixtures.ts';

describe('sharedHeldOut', () => {
  const rule: FlagRule = { decision: 0.5, extremist: 1, threat: 1, hate: 1, harmWithTechnique: 1, technique: 1 };
  const row = (text: string, flag: 0 | 1, lang = 'en', split: DatasetRow['split'] = 'test', source = 'authored') =>
    ({
      source,
      text,
      labels: {},
      original: `flag:${flag}`,
      tag: `${lang}/${flag ? 'threat' : 'news'}`,
      split,
      key: '',
      pre: preprocess('', FEATURE_SETTINGS),
    }) as DatasetRow;
  const scored = (
    text: string,
    flag: 0 | 1,
    score: number,
    lang?: string,
    split?: DatasetRow['split'],
    source?: string,
  ) => ({ row: row(text, flag, lang, split, source), scores: scores({ flag: score }) }) as ScoredRow;

  it('measures the posts the baseline also holds apart from the added ones, per language, on test rows only', () => {
    const baseline = new Set(['old harmful', 'old harmless', 'old missed', 'purana']);
    const result = sharedHeldOut(
      [
        scored('old harmful', 1, 0.9),
        scored('old missed', 1, 0.2),
        scored('old harmless', 0, 0.3),
        scored('new harmful', 1, 0.8),
        scored('new harmless', 0, 0.7),
        scored('purana', 1, 0.6, 'ur-Latn'),
        // Not counted: validation rows, and other sources even when their text is in the baseline.
        scored('old harmful', 1, 0.1, 'en', 'val'),
        scored('old harmless', 0, 0.9, 'en', 'test', 'davidson'),
      ],
      baseline,
      rule,
    );
    expect(result.shared.en).toMatchObject({
      recall: { n: 2, flagged: 1, rate: 0.5 },
      falseFlags: { n: 1, flagged: 0, rate: 0 },
      flagAuc: 0.5,
    });
    expect(result.added.en).toMatchObject({
      recall: { n: 1, flagged: 1 },
      falseFlags: { n: 1, flagged: 1 },
      flagAuc: 1,
    });
    expect(result.shared['ur-Latn']).toMatchObject({ recall: { n: 1, flagged: 1 }, falseFlags: { n: 0 } });
    expect(result.added.ur).toMatchObject({ recall: { n: 0 }, falseFlags: { n: 0 } });
  });
});
