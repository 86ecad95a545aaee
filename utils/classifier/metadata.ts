import { FEATURE_SETTINGS, type FeatureSettings } from './features.ts';
import { HEADS, MODEL_OUTPUTS, type Head, type TechniqueHead, TECHNIQUE_HEADS } from './heads.ts';
import type { Lang, Script } from './language.ts';

/** Named sensitivity levels, each mapped to calibrated thresholds (issue #4 exposes them in options). */
export const SENSITIVITY_LEVELS = ['relaxed', 'balanced', 'sensitive'] as const;
export type Sensitivity = (typeof SENSITIVITY_LEVELS)[number];

/**
 * The flag rule, calibrated on validation data (model/pipeline/calibrate.ts). A post is flagged
 * when the decision output or any harm head passes its threshold, or when hate or threat is moderately high and a
 * propaganda technique is present: hate words alone (news, counter-speech, angry talk) are not
 * propaganda, hate words used with a manipulation technique are.
 */
export interface FlagRule {
  /** The `flag` decision output at least this high (posts in a language without its own threshold). */
  decision: number;
  /**
   * The decision threshold for posts detected as one of these languages. The public reference sets
   * that bound the false-flag budget are mostly English, so one shared threshold held Urdu back.
   * `decision` is then the strictest of these, for mixed and undetermined posts; a `mixed` post in
   * Latin letters alone (English and Roman Urdu) takes the stricter of those two (`ruleFor`).
   */
  decisionByLang?: Partial<Record<DecisionLang, number>>;
  extremist: number;
  /** The threat head at least this high (posts in a language without its own threat threshold). */
  threat: number;
  /**
   * The threat threshold for posts detected as one of these languages, as `decisionByLang` is for the
   * decision: one shared threshold was held at 0.97 by heated Urdu political tweets, and English threats
   * scored 0.7–0.9 went unflagged. `threat` is then the strictest of these.
   */
  threatByLang?: Partial<Record<DecisionLang, number>>;
  hate: number;
  /**
   * Hate counts, alone or with a technique, only while the decision output is at least this (absent:
   * no floor). The hate head learned single words of the hate sets ("undermine", a newspaper's name)
   * and fires on them in news and everyday talk, where the decision output, trained on what should be
   * flagged, stays near 0.
   */
  hateDecisionFloor?: number;
  /** Hate or threat at least this high… */
  harmWithTechnique: number;
  /** …together with propaganda_any at least this high. */
  technique: number;
}

/** Languages that may have their own decision threshold. */
export const DECISION_LANGS = ['en', 'ur', 'ur-Latn'] as const;
export type DecisionLang = (typeof DECISION_LANGS)[number];

/**
 * Every term off (a threshold of 1 never fires). For posts without a letter of a script we read
 * (`und`: emoji only, numbers, links, other scripts): the model has seen almost none, a lone emoji
 * scores as whatever it most often stood beside (a rose: the extremist head at 1.0), and a flag
 * would have no words to explain it.
 */
const NEVER_FLAG: FlagRule = { decision: 1, extremist: 1, threat: 1, hate: 1, harmWithTechnique: 1, technique: 1 };

/**
 * The rule as it applies to a post in `lang`: its language's decision and threat thresholds, if it has them;
 * nothing flags a post with no letters (see NEVER_FLAG). A `mixed` post written in Latin letters
 * only can be English or Roman Urdu but not Urdu script, whose threshold is held by other text
 * (heated Urdu political tweets), so it takes the stricter of the two Latin ones.
 */
export function ruleFor(rule: FlagRule, lang: Lang | undefined, script?: Script): FlagRule {
  if (lang === 'und') return NEVER_FLAG;
  const decision = thresholdFor(rule.decisionByLang, lang, script);
  const threat = thresholdFor(rule.threatByLang, lang, script);
  if (decision === undefined && threat === undefined) return rule;
  return { ...rule, ...(decision === undefined ? {} : { decision }), ...(threat === undefined ? {} : { threat }) };
}

/** A per-language threshold for `lang` (see `ruleFor`), or undefined when the shared one applies. */
function thresholdFor(
  byLang: Partial<Record<DecisionLang, number>> | undefined,
  lang: Lang | undefined,
  script: Script | undefined,
): number | undefined {
  if (lang === 'mixed' && script === 'latin') {
    const english = byLang?.en;
    const romanUrdu = byLang?.['ur-Latn'];
    return english === undefined || romanUrdu === undefined ? undefined : Math.max(english, romanUrdu);
  }
  return lang === undefined ? undefined : byLang?.[lang as DecisionLang];
}

export interface ModelMetadata {
  name: string;
  version: string;
  /** sha256 of the .onnx file, hex; the runtime refuses a model whose bytes do not match. */
  sha256: string;
  file: string;
  input: string;
  /**
   * The word-order input of a model that reads words in order: [batch, tokens, 2], each token's two rows
   * of running sums (`spanRows`, which the runtime makes from the service's `tokenSpans`).
   */
  spansInput?: string;
  output: string;
  heads: Head[];
  /** Output columns of the ONNX model: the heads, then the decision output. */
  outputs: string[];
  preprocessing: FeatureSettings;
  rules: Record<Sensitivity, FlagRule>;
  /** Per technique head, the probability from which it is named in an explanation. */
  techniqueThresholds: Record<TechniqueHead, number>;
}

export class ModelContractError extends Error {
  override name = 'ModelContractError';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function probability(value: unknown, where: string): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new ModelContractError(`${where} must be a probability, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A rule's optional per-language thresholds (`decisionByLang`, `threatByLang`), checked. */
function parseByLang(value: unknown, where: string): Partial<Record<DecisionLang, number>> | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) throw new ModelContractError(`${where} is not an object`);
  const byLang: Partial<Record<DecisionLang, number>> = {};
  for (const key of Object.keys(value)) {
    if (!(DECISION_LANGS as readonly string[]).includes(key))
      throw new ModelContractError(`${where} has an unknown language ${JSON.stringify(key)}`);
    byLang[key as DecisionLang] = probability(value[key], `${where}.${key}`);
  }
  return byLang;
}

function parseRule(value: unknown, where: string): FlagRule {
  if (!isRecord(value)) throw new ModelContractError(`${where} is missing`);
  const decisionByLang = parseByLang(value.decisionByLang, `${where}.decisionByLang`);
  const threatByLang = parseByLang(value.threatByLang, `${where}.threatByLang`);
  return {
    ...(decisionByLang === undefined ? {} : { decisionByLang }),
    ...(threatByLang === undefined ? {} : { threatByLang }),
    decision: probability(value.decision, `${where}.decision`),
    extremist: probability(value.extremist, `${where}.extremist`),
    threat: probability(value.threat, `${where}.threat`),
    hate: probability(value.hate, `${where}.hate`),
    ...(value.hateDecisionFloor === undefined
      ? {}
      : { hateDecisionFloor: probability(value.hateDecisionFloor, `${where}.hateDecisionFloor`) }),
    harmWithTechnique: probability(value.harmWithTechnique, `${where}.harmWithTechnique`),
    technique: probability(value.technique, `${where}.technique`),
  };
}

/**
 * Validates metadata against what this code implements: same heads in the same order and the
 * same preprocessing settings. A mismatch means features or outputs would be misread.
 */
export function parseMetadata(value: unknown, expectedSettings: FeatureSettings = FEATURE_SETTINGS): ModelMetadata {
  if (!isRecord(value)) throw new ModelContractError('model metadata is not an object');
  const { name, version, sha256, file, input, spansInput, output, heads, outputs, preprocessing } = value;
  const { rules, techniqueThresholds } = value;
  for (const [key, field] of Object.entries({ name, version, sha256, file, input, output })) {
    if (typeof field !== 'string' || field === '') throw new ModelContractError(`metadata.${key} must be a string`);
  }
  if (spansInput !== undefined && (typeof spansInput !== 'string' || spansInput === '' || spansInput === input)) {
    throw new ModelContractError('metadata.spansInput must be a string naming a second input');
  }
  if (!/^[0-9a-f]{64}$/.test(sha256 as string))
    throw new ModelContractError('metadata.sha256 is not a sha256 hex digest');
  if (!Array.isArray(heads) || heads.join(',') !== HEADS.join(',')) {
    throw new ModelContractError(`model heads ${JSON.stringify(heads)} differ from the code's ${HEADS.join(',')}`);
  }
  if (!Array.isArray(outputs) || outputs.join(',') !== MODEL_OUTPUTS.join(',')) {
    throw new ModelContractError(
      `model outputs ${JSON.stringify(outputs)} differ from the code's ${MODEL_OUTPUTS.join(',')}`,
    );
  }
  if (!isRecord(preprocessing)) throw new ModelContractError('metadata.preprocessing is missing');
  for (const key of Object.keys(expectedSettings) as Array<keyof FeatureSettings>) {
    if (preprocessing[key] !== expectedSettings[key]) {
      throw new ModelContractError(
        `model was trained with preprocessing.${key}=${String(preprocessing[key])}, code has ${expectedSettings[key]}`,
      );
    }
  }
  if (!isRecord(rules)) throw new ModelContractError('metadata.rules is missing');
  if (!isRecord(techniqueThresholds)) throw new ModelContractError('metadata.techniqueThresholds is missing');
  const parsedRules = Object.fromEntries(
    SENSITIVITY_LEVELS.map((level) => [level, parseRule(rules[level], `rules.${level}`)]),
  ) as Record<Sensitivity, FlagRule>;
  const parsedTechniques = Object.fromEntries(
    TECHNIQUE_HEADS.map((head) => [head, probability(techniqueThresholds[head], `techniqueThresholds.${head}`)]),
  ) as Record<TechniqueHead, number>;
  return {
    name: name as string,
    version: version as string,
    sha256: sha256 as string,
    file: file as string,
    input: input as string,
    ...(spansInput === undefined ? {} : { spansInput: spansInput as string }),
    output: output as string,
    heads: [...HEADS],
    outputs: [...MODEL_OUTPUTS],
    preprocessing: { ...expectedSettings },
    rules: parsedRules,
    techniqueThresholds: parsedTechniques,
  };
}
