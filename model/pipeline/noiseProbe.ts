import { DECISION_LANGS, type DecisionLang, type FlagRule } from '../../utils/classifier/metadata.ts';
import type { ClassifierService } from '../../utils/classifier/service.ts';
import type { DatasetRow } from './dataset.ts';
import { flagRate, type ScoredRow } from './evaluate.ts';
import { rocAuc, round } from './metrics.ts';
import { NOISE_KINDS, noiseProbeTexts, type NoiseKind } from './platformNoise.ts';

export interface NoiseProbeLanguage {
  recall: ReturnType<typeof flagRate>;
  falseFlags: ReturnType<typeof flagRate>;
  flagAuc: number | null;
}

export type NoiseProbeResult = Record<'clean' | NoiseKind, Record<DecisionLang, NoiseProbeLanguage>>;

/**
 * Held-out authored posts (test split) clean and under each kind of probe noise (platformNoise.ts), at
 * one level: recall, false flags and the decision output's ranking, per language. Noise added to a
 * post changes nothing it says, so every figure should stay where the clean one is.
 */
export async function platformNoiseProbe(
  classifier: ClassifierService,
  rows: readonly DatasetRow[],
  rule: FlagRule,
): Promise<NoiseProbeResult> {
  const posts = rows.filter(
    (row) =>
      row.split === 'test' && row.source === 'authored' && (row.original === 'flag:1' || row.original === 'flag:0'),
  );
  const texts = posts.map((row) => row.text);
  const out = {} as NoiseProbeResult;
  for (const kind of ['clean', ...NOISE_KINDS] as const) {
    const results = await classifier.classify(kind === 'clean' ? texts : noiseProbeTexts(texts, kind), {
      evidence: false,
    });
    const scored: ScoredRow[] = posts.map((row, i) => ({
      row,
      scores: results[i]!.scores,
      lang: results[i]!.lang,
      script: results[i]!.script,
    }));
    const byLang = {} as Record<DecisionLang, NoiseProbeLanguage>;
    for (const lang of DECISION_LANGS) {
      // The language the post was written in (its tag), not the one detected under noise.
      const own = scored.filter(({ row }) => (row.tag ?? '').startsWith(`${lang}/`));
      byLang[lang] = {
        recall: flagRate(
          own.filter(({ row }) => row.original === 'flag:1'),
          rule,
        ),
        falseFlags: flagRate(
          own.filter(({ row }) => row.original === 'flag:0'),
          rule,
        ),
        flagAuc: round(
          rocAuc(
            own.map(({ scores }) => scores.flag),
            own.map(({ row }) => (row.original === 'flag:1' ? 1 : 0)),
          ),
        ),
      };
    }
    out[kind] = byLang;
  }
  return out;
}
