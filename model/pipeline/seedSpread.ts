import { DECISION_LANGS } from '../../utils/classifier/metadata.ts';
import { valueAt } from './jsonPath.ts';

/*
 * One row of model/seed-spread.json: the figures of a training run (its metrics.json or experiment
 * metrics) that the model card compares between seeds. Kept apart from the card so that the spread
 * file is produced by code in the repository, from metrics files, and never typed in by hand.
 */

type PerLanguage = Record<(typeof DECISION_LANGS)[number], number>;

export interface SeedSpreadRun {
  seed: number;
  flagAuc: PerLanguage;
  recall: PerLanguage;
  falseFlags: PerLanguage;
  tweeteval_hate: number;
  tweeteval_offensive: number;
  hatexplain: number;
  ptc: number;
  counterSpeech: number;
  proIsis: number;
  extremistThreshold: number;
  fragments?: { whole: number; '1': number; '4': number };
  proIsisRecallAt1Pct?: number;
  /** Pro-ISIS test tweets flagged at balanced, by our per-tweet stance (isisStance.ts). */
  proIsisIdeological?: number;
  proIsisRelay?: number;
  identityProbe: PerLanguage;
  /** The forum probe's hateful posts flagged at balanced, and its decision-output ranking AUC. */
  forumProbe?: { recall: number; auc: number };
  hatexplainHate: number;
  hatexplainNormal: number;
  hateThreshold: number;
  noiseRecall?: PerLanguage;
}

/** A number the metrics must hold; a clear error names the path when they do not (older or partial metrics). */
function numberAt(metrics: unknown, ...path: string[]): number {
  const value = valueAt(metrics, ...path);
  if (typeof value !== 'number') throw new Error(`metrics: no number at ${path.join('.')}`);
  return value;
}

function perLanguage(read: (lang: (typeof DECISION_LANGS)[number]) => number): PerLanguage {
  return Object.fromEntries(DECISION_LANGS.map((lang) => [lang, read(lang)])) as PerLanguage;
}

/** Mean recall over the platform-noise probe's kinds of noise (all but `clean`), rounded to 0.001. */
function noiseRecall(metrics: unknown): PerLanguage | undefined {
  const probe = valueAt(metrics, 'test', 'platformNoise');
  if (typeof probe !== 'object' || probe === null) return undefined;
  const kinds = Object.keys(probe).filter((kind) => kind !== 'clean');
  if (kinds.length === 0) return undefined;
  return perLanguage((lang) => {
    const sum = kinds.reduce((total, kind) => total + numberAt(probe, kind, lang, 'recall', 'rate'), 0);
    return Math.round((1000 * sum) / kinds.length) / 1000;
  });
}

export function seedSpreadRun(metrics: unknown): SeedSpreadRun {
  const test = (...path: string[]) => numberAt(metrics, 'test', ...path);
  const balancedRate = (group: string) => test('flagRatesByGroup', 'balanced', group, 'rate');
  const rule = (term: string) => numberAt(metrics, 'calibration', 'rules', 'balanced', term);
  const hasFragments = valueAt(metrics, 'test', 'fragments') !== undefined;
  const hasRanking = valueAt(metrics, 'test', 'proIsisRanking') !== undefined;
  const hasStance = valueAt(metrics, 'test', 'isisStance') !== undefined;
  const hasForum = valueAt(metrics, 'test', 'forumProbe') !== undefined;
  const stanceRate = (stance: string) => test('isisStance', 'flagged', stance, 'rate', 'balanced');
  const noise = noiseRecall(metrics);
  return {
    seed: numberAt(metrics, 'training', 'config', 'seed'),
    flagAuc: perLanguage((lang) => test('authored', lang, 'flagAuc')),
    recall: perLanguage((lang) => test('authored', lang, 'recall', 'rate')),
    falseFlags: perLanguage((lang) => test('authored', lang, 'falseFlags', 'rate')),
    tweeteval_hate: test('benchmarks', 'tweeteval_hate', 'macroF1'),
    tweeteval_offensive: test('benchmarks', 'tweeteval_offensive', 'macroF1'),
    hatexplain: test('benchmarks', 'hatexplain', 'macroF1'),
    ptc: test('benchmarks', 'ptc_dev_propaganda_any', 'f1'),
    counterSpeech: test('benchmarks', 'counter_speech_flag_rate', 'rate'),
    proIsis: balancedRate('isis+'),
    extremistThreshold: rule('extremist'),
    ...(hasFragments
      ? {
          fragments: {
            whole: test('fragments', 'whole', 'rate'),
            '1': test('fragments', 'byLength', '1', 'rate'),
            '4': test('fragments', 'byLength', '4', 'rate'),
          },
        }
      : {}),
    ...(hasRanking
      ? { proIsisRecallAt1Pct: test('proIsisRanking', 'extremist_propaganda', 'recallAt1PctFalseFlags') }
      : {}),
    ...(hasStance ? { proIsisIdeological: stanceRate('ideological'), proIsisRelay: stanceRate('relay') } : {}),
    identityProbe: perLanguage((lang) => test('identityProbe', lang, 'rate', 'balanced')),
    ...(hasForum
      ? {
          forumProbe: {
            recall: test('forumProbe', 'harmful', 'rate', 'balanced'),
            auc: test('forumProbe', 'auc', 'decision'),
          },
        }
      : {}),
    hatexplainHate: balancedRate('hate+:hatexplain'),
    hatexplainNormal: balancedRate('benign:hatexplain'),
    hateThreshold: rule('hate'),
    ...(noise ? { noiseRecall: noise } : {}),
  };
}
