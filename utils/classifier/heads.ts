/**
 * The model's output heads, in the order of the ONNX output columns. This list is part of the
 * model contract: the runtime checks it against the shipped metadata.
 */
export const HARM_HEADS = [
  'extremist_propaganda',
  'hate_dehumanization',
  'violent_threat_incitement',
  'offensive_abusive',
] as const;

export const TECHNIQUE_HEADS = [
  'loaded_language_name_calling',
  'appeal_to_fear_exaggeration',
  'us_vs_them_flag_waving',
  'black_white_oversimplification',
  'doubt_conspiracy_distraction',
  'slogans_cliches_repetition',
] as const;

export const HEADS = [...HARM_HEADS, ...TECHNIQUE_HEADS, 'propaganda_any'] as const;

/**
 * The model's outputs: the eleven heads, then `flag`, a decision output trained directly on what
 * should be flagged (our authored posts, extremist and threat sources as positives; news,
 * counter-speech, swearing and ordinary posts as negatives). The heads explain; `flag` decides,
 * together with the heads, through the calibrated rule.
 */
export const DECISION_OUTPUT = 'flag' as const;
export const MODEL_OUTPUTS = [...HEADS, DECISION_OUTPUT] as const;
export type ScoreKey = (typeof MODEL_OUTPUTS)[number];

export type HarmHead = (typeof HARM_HEADS)[number];
export type TechniqueHead = (typeof TECHNIQUE_HEADS)[number];
export type Head = (typeof HEADS)[number];

export function isHead(value: string): value is Head {
  return (HEADS as readonly string[]).includes(value);
}
