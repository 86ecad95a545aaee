import { DECISION_LANGS, type DecisionLang, type FlagRule } from '../../utils/classifier/metadata.ts';
import type { ClassifierService } from '../../utils/classifier/service.ts';
import { authoredFlagFigures, scoreTextsAs, writtenIn, type ScoredRow } from './evaluate.ts';
import { NOISE_KINDS, noiseProbeTexts, type NoiseKind } from './platformNoise.ts';

export type NoiseProbeLanguage = ReturnType<typeof authoredFlagFigures>;

export type NoiseProbeResult = Record<'clean' | NoiseKind, Record<DecisionLang, NoiseProbeLanguage>>;

/**
 * Held-out authored posts (test split) clean and under each kind of probe noise (platformNoise.ts), at
 * one level: recall, false flags and the decision output's ranking, per language. Noise added to a
 * post changes nothing it says, so every figure should stay where the clean one is. `scored` are the
 * pipeline's scored rows: the clean figures come from their scores, only the noisy texts are classified.
 */
export async function platformNoiseProbe(
  classifier: ClassifierService,
  scored: readonly ScoredRow[],
  rule: FlagRule,
): Promise<NoiseProbeResult> {
  const clean = scored.filter(
    ({ row }) =>
      row.split === 'test' && row.source === 'authored' && (row.original === 'flag:1' || row.original === 'flag:0'),
  );
  const texts = clean.map(({ row }) => row.text);
  const out = { clean: figuresByLanguage(clean, rule) } as NoiseProbeResult;
  for (const kind of NOISE_KINDS) {
    const noisy = await scoreTextsAs(
      classifier,
      clean.map(({ row }) => row),
      noiseProbeTexts(texts, kind),
    );
    out[kind] = figuresByLanguage(noisy, rule);
  }
  return out;
}

function figuresByLanguage(scored: readonly ScoredRow[], rule: FlagRule): Record<DecisionLang, NoiseProbeLanguage> {
  const byLang = {} as Record<DecisionLang, NoiseProbeLanguage>;
  for (const lang of DECISION_LANGS) {
    // The language the post was written in, not the one detected under noise.
    byLang[lang] = authoredFlagFigures(
      scored.filter(({ row }) => writtenIn(row, lang)),
      rule,
    );
  }
  return byLang;
}
