import { FEATURE_SETTINGS, type FeatureSettings } from './features.ts';
import { HEADS, MODEL_OUTPUTS, type Head, type TechniqueHead, TECHNIQUE_HEADS } from './heads.ts';

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
  /** The `flag` decision output at least this high. */
  decision: number;
  extremist: number;
  threat: number;
  hate: number;
  /** Hate or threat at least this high… */
  harmWithTechnique: number;
  /** …together with propaganda_any at least this high. */
  technique: number;
}

export interface ModelMetadata {
  name: string;
  version: string;
  /** sha256 of the .onnx file, hex; the runtime refuses a model whose bytes do not match. */
  sha256: string;
  file: string;
  input: string;
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

function parseRule(value: unknown, where: string): FlagRule {
  if (!isRecord(value)) throw new ModelContractError(`${where} is missing`);
  return {
    decision: probability(value.decision, `${where}.decision`),
    extremist: probability(value.extremist, `${where}.extremist`),
    threat: probability(value.threat, `${where}.threat`),
    hate: probability(value.hate, `${where}.hate`),
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
  const { name, version, sha256, file, input, output, heads, outputs, preprocessing, rules, techniqueThresholds } =
    value;
  for (const [key, field] of Object.entries({ name, version, sha256, file, input, output })) {
    if (typeof field !== 'string' || field === '') throw new ModelContractError(`metadata.${key} must be a string`);
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
    output: output as string,
    heads: [...HEADS],
    outputs: [...MODEL_OUTPUTS],
    preprocessing: { ...expectedSettings },
    rules: parsedRules,
    techniqueThresholds: parsedTechniques,
  };
}
