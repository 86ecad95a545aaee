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

export type HarmHead = (typeof HARM_HEADS)[number];
export type TechniqueHead = (typeof TECHNIQUE_HEADS)[number];
export type Head = (typeof HEADS)[number];

export function isHead(value: string): value is Head {
  return (HEADS as readonly string[]).includes(value);
}
