import {
  HARM_HEADS,
  MODEL_OUTPUTS,
  TECHNIQUE_HEADS,
  type HarmHead,
  type ScoreKey,
  type TechniqueHead,
} from './heads.ts';
import type { Lang, Script } from './language.ts';
import { ruleFor, SENSITIVITY_LEVELS, type FlagRule, type ModelMetadata, type Sensitivity } from './metadata.ts';

/** Every model output by name: the eleven heads and the `flag` decision output. */
export type Scores = Record<ScoreKey, number>;
export type Severity = 'none' | 'low' | 'medium' | 'high';

export interface Decision {
  flagged: boolean;
  severity: Severity;
  /** Harm heads that contributed to the flag, strongest first. */
  harms: HarmHead[];
  /** Technique groups named in the explanation, strongest first. */
  techniques: TechniqueHead[];
}

/** Reads one row of the model output into named scores. */
export function scoresFromRow(output: Float32Array, row: number): Scores {
  const scores = {} as Scores;
  MODEL_OUTPUTS.forEach((head, column) => {
    const value = output[row * MODEL_OUTPUTS.length + column] ?? 0;
    scores[head] = Number.isFinite(value) ? value : 0;
  });
  return scores;
}

/**
 * How far the post is over the rule, as a ratio: ≥ 1 means flagged. Continuous, so that evidence
 * can measure how much each word pushes the post towards the flag.
 */
export function flagStrength(scores: Scores, rule: FlagRule): number {
  const harm = Math.max(
    over(scores.violent_threat_incitement, rule.harmWithTechnique),
    hateOver(scores, rule, rule.harmWithTechnique),
  );
  return Math.max(
    over(scores.flag, rule.decision),
    over(scores.extremist_propaganda, rule.extremist),
    over(scores.violent_threat_incitement, rule.threat),
    hateOver(scores, rule, rule.hate),
    Math.min(harm, over(scores.propaganda_any, rule.technique)),
  );
}

/**
 * Hate's ratio to `threshold`, held under 1 while the decision output is below its floor (see
 * FlagRule.hateDecisionFloor), in both terms that read hate: a technique threshold the calibration
 * may set near 0 is no corroboration.
 */
function hateOver(scores: Scores, rule: FlagRule, threshold: number): number {
  const floor = rule.hateDecisionFloor ?? 0;
  const ratio = over(scores.hate_dehumanization, threshold);
  return floor > 0 ? Math.min(ratio, scores.flag / floor) : ratio;
}

/**
 * A term's ratio to its threshold; a threshold of 1 switches the term off (the calibration leaves
 * unused terms at 1). Without this, a saturated output (exactly 1.0 in float32) would fire an
 * "off" term: an unused `technique: 1` beside a lowered `harmWithTechnique: 0.01` would flag every
 * post whose propaganda_any saturated.
 */
function over(score: number, threshold: number): number {
  return threshold >= 1 ? 0 : score / threshold;
}

/** Whether a score reaches a threshold that is switched on (see `over`). */
function reaches(score: number, threshold: number): boolean {
  return threshold < 1 && score >= threshold;
}

export function ruleFires(scores: Scores, rule: FlagRule): boolean {
  return flagStrength(scores, rule) >= 1;
}

/** Severity says how many calibrated levels agree: flagged even at "relaxed" is high. */
function severityOf(scores: Scores, meta: ModelMetadata, lang: Lang | undefined, script: Script | undefined): Severity {
  const firing = SENSITIVITY_LEVELS.filter((level) => ruleFires(scores, ruleFor(meta.rules[level], lang, script)));
  if (firing.includes('relaxed')) return 'high';
  if (firing.includes('balanced')) return 'medium';
  if (firing.includes('sensitive')) return 'low';
  return 'none';
}

function harmsOf(scores: Scores, rule: FlagRule): HarmHead[] {
  const technique = reaches(scores.propaganda_any, rule.technique);
  // Flagged by the decision output alone: name the harm heads that lean towards harm.
  const byDecision = reaches(scores.flag, rule.decision);
  const passes: Record<HarmHead, boolean> = {
    extremist_propaganda:
      reaches(scores.extremist_propaganda, rule.extremist) || (byDecision && scores.extremist_propaganda >= 0.5),
    violent_threat_incitement:
      reaches(scores.violent_threat_incitement, rule.threat) ||
      (technique && reaches(scores.violent_threat_incitement, rule.harmWithTechnique)) ||
      (byDecision && scores.violent_threat_incitement >= 0.5),
    hate_dehumanization:
      hateOver(scores, rule, rule.hate) >= 1 ||
      (technique && hateOver(scores, rule, rule.harmWithTechnique) >= 1) ||
      (byDecision && scores.hate_dehumanization >= 0.5),
    offensive_abusive: false, // auxiliary head: never a reason to flag
  };
  const harms = HARM_HEADS.filter((head) => passes[head]).sort((a, b) => scores[b] - scores[a]);
  // Every flag names a harm: when no head passes, the likeliest of the three.
  if (harms.length === 0 && byDecision) {
    const likeliest = (['extremist_propaganda', 'hate_dehumanization', 'violent_threat_incitement'] as const)
      .slice()
      .sort((a, b) => scores[b] - scores[a])[0];
    if (likeliest) harms.push(likeliest);
  }
  return harms;
}

/** `lang` and `script` are the post's: they pick the decision threshold (`ruleFor`). */
export function decide(
  scores: Scores,
  meta: ModelMetadata,
  sensitivity: Sensitivity,
  lang?: Lang,
  script?: Script,
): Decision {
  const rule = ruleFor(meta.rules[sensitivity], lang, script);
  const flagged = ruleFires(scores, rule);
  const byScore = [...TECHNIQUE_HEADS].sort((a, b) => scores[b] - scores[a]);
  let techniques = byScore.filter((head) => scores[head] >= meta.techniqueThresholds[head]);
  // Every flag is explained by at least one technique: name the likeliest one.
  if (flagged && techniques.length === 0 && byScore[0]) techniques = [byScore[0]];
  if (!flagged) return { flagged, severity: 'none', harms: [], techniques: [] };
  return { flagged, severity: severityOf(scores, meta, lang, script), harms: harmsOf(scores, rule), techniques };
}

/** Per-head maximum over a post's windows: a post is as harmful as its most harmful part. */
export function maxScores(rows: readonly Scores[]): Scores {
  const out = {} as Scores;
  for (const head of MODEL_OUTPUTS) out[head] = rows.reduce((max, row) => Math.max(max, row[head]), 0);
  return out;
}

export interface TokenSpan {
  start: number;
  end: number;
}

export interface Evidence {
  text: string;
  start: number;
  end: number;
  /** How much the flag strength drops when these words are removed. */
  weight: number;
}

/**
 * Turns per-token occlusion drops into phrases: tokens whose removal lowers the flag strength by at
 * least `minShare` of the largest drop, adjacent ones merged, strongest first.
 */
export function evidenceFromDrops(
  text: string,
  spans: readonly TokenSpan[],
  drops: ReadonlyMap<number, number>,
  maxPhrases = 4,
  minShare = 0.35,
): Evidence[] {
  const largest = Math.max(0, ...drops.values());
  if (largest <= 0) return [];
  const chosen = [...drops.entries()]
    .filter(([, drop]) => drop >= largest * minShare)
    .map(([index]) => index)
    .sort((a, b) => a - b);
  const phrases: Evidence[] = [];
  let current: { first: number; last: number; weight: number } | undefined;
  const flush = (): void => {
    if (!current) return;
    const start = spans[current.first]?.start ?? 0;
    const end = spans[current.last]?.end ?? start;
    phrases.push({ text: text.slice(start, end), start, end, weight: current.weight });
  };
  for (const index of chosen) {
    const drop = drops.get(index) ?? 0;
    if (current && index === current.last + 1) {
      current.last = index;
      current.weight += drop;
    } else {
      flush();
      current = { first: index, last: index, weight: drop };
    }
  }
  flush();
  return phrases.sort((a, b) => b.weight - a.weight).slice(0, maxPhrases);
}
