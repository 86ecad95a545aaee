import { FEATURE_SETTINGS } from '../../../utils/classifier/features.ts';
import { HEADS, MODEL_OUTPUTS } from '../../../utils/classifier/heads.ts';
import { parseMetadata, type FlagRule, type ModelMetadata } from '../../../utils/classifier/metadata.ts';
import type { Scores } from '../../../utils/classifier/postprocess.ts';
import { preprocess } from '../../../utils/classifier/preprocess.ts';
import type { Classification } from '../../../utils/classifier/service.ts';

const rule = (t: number): FlagRule => ({
  decision: t,
  extremist: t,
  threat: t,
  hate: t,
  harmWithTechnique: t - 0.2,
  technique: 0.5,
});

/** Metadata with round thresholds, for tests that need a rule but not a trained model. */
export function testMetadata(): ModelMetadata {
  return parseMetadata({
    name: 'test',
    version: 'test-1',
    sha256: '0'.repeat(64),
    file: 'test.onnx',
    input: 'ids',
    output: 'probs',
    heads: [...HEADS],
    outputs: [...MODEL_OUTPUTS],
    preprocessing: FEATURE_SETTINGS,
    rules: { relaxed: rule(0.9), balanced: rule(0.7), sensitive: rule(0.5) },
    techniqueThresholds: {
      loaded_language_name_calling: 0.5,
      appeal_to_fear_exaggeration: 0.5,
      us_vs_them_flag_waving: 0.5,
      black_white_oversimplification: 0.5,
      doubt_conspiracy_distraction: 0.5,
      slogans_cliches_repetition: 0.5,
    },
  });
}

export function scores(partial: Partial<Scores>): Scores {
  return { ...(Object.fromEntries(MODEL_OUTPUTS.map((h) => [h, 0])) as Scores), ...partial };
}

/** What a stand-in model returns for `text`: the given decision output, the text's own language and script. */
export function classificationWithFlag(text: string, flag: number): Classification {
  const pre = preprocess(text, FEATURE_SETTINGS);
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
}
