import { tokenSpans, type WindowFeatures } from './features.ts';
import type { HarmHead, TechniqueHead } from './heads.ts';
import type { Lang, Script } from './language.ts';
import { ruleFor, type ModelMetadata, type Sensitivity } from './metadata.ts';
import {
  decide,
  evidenceFromDrops,
  flagStrength,
  maxScores,
  scoresFromRow,
  type Evidence,
  type Scores,
  type Severity,
} from './postprocess.ts';
import { preprocess, type Preprocessed } from './preprocess.ts';
import type { ModelRuntime } from './runtime.ts';

export interface Classification {
  flagged: boolean;
  severity: Severity;
  scores: Scores;
  harms: HarmHead[];
  techniques: TechniqueHead[];
  evidence: Evidence[];
  lang: Lang;
  script: Script;
}

export interface ClassifyOptions {
  sensitivity?: Sensitivity;
  /** Occlusion evidence for flagged posts (default true). */
  evidence?: boolean;
}

export interface ClassifierService {
  readonly metadata: ModelMetadata;
  classify(texts: readonly unknown[], options?: ClassifyOptions): Promise<Classification[]>;
}

/** Caps on one model call: a batch of 64 windows, and at most this many ids in the padded tensor. */
const MAX_BATCH_ROWS = 64;
const MAX_BATCH_IDS = 1 << 19;
/** A batch may hold at most this many padded ids per real id. */
const MAX_PADDING_RATIO = 1.3;
/** Occlusion looks at this many tokens at most (the flagged window's). */
const MAX_EVIDENCE_TOKENS = 256;

/** One window as the model reads it: its ids, and each token's span of them (see `tokenSpans`). */
interface ModelInput {
  ids: Int32Array;
  spans: Int32Array;
}

function inputOf(window: WindowFeatures): ModelInput {
  return {
    ids: window.ids,
    spans: tokenSpans(window.tokenA, window.tokenB, window.firstToken, window.lastToken - window.firstToken),
  };
}

/** Runs many windows through the model in padded batches; returns one Scores per window. */
async function scoreInputs(runtime: ModelRuntime, inputs: readonly ModelInput[]): Promise<Scores[]> {
  const results: Scores[] = new Array<Scores>(inputs.length);
  // Similar lengths together keep padding small.
  const order = inputs
    .map((_, index) => index)
    .sort((a, b) => (inputs[a]?.ids.length ?? 0) - (inputs[b]?.ids.length ?? 0));
  let cursor = 0;
  while (cursor < order.length) {
    const batch: number[] = [];
    let width = 1;
    let realIds = 0;
    while (cursor < order.length && batch.length < MAX_BATCH_ROWS) {
      const index = order[cursor] as number;
      const length = inputs[index]?.ids.length ?? 0;
      const nextWidth = Math.max(width, length);
      const padded = nextWidth * (batch.length + 1);
      // Padding is computed like real ids by the model: close the batch before it is mostly padding.
      if (batch.length > 0 && (padded > MAX_BATCH_IDS || padded > MAX_PADDING_RATIO * (realIds + length))) break;
      width = nextWidth;
      realIds += length;
      batch.push(index);
      cursor++;
    }
    const rows = batch.map((index) => inputs[index] as ModelInput);
    const ids = new Int32Array(rows.length * width);
    rows.forEach((input, row) => ids.set(input.ids, row * width));
    // Padding tokens get the empty span [0, 0], which the model reads as absent.
    const tokens = Math.max(1, ...rows.map((input) => input.spans.length / 2));
    const spans = new Int32Array(rows.length * tokens * 2);
    rows.forEach((input, row) => spans.set(input.spans, row * tokens * 2));
    const output = await runtime.run(ids, rows.length, width, { spans, tokens });
    batch.forEach((index, row) => {
      results[index] = scoresFromRow(output, row);
    });
  }
  return results;
}

/** The window without the features of one token, for occlusion. */
function withoutToken(window: WindowFeatures, token: number): ModelInput {
  const kept: number[] = [];
  const tokenA: number[] = [];
  const tokenB: number[] = [];
  for (let i = 0; i < window.ids.length; i++) {
    if (window.tokenA[i] !== token && window.tokenB[i] !== token) {
      kept.push(window.ids[i] as number);
      tokenA.push(window.tokenA[i] as number);
      tokenB.push(window.tokenB[i] as number);
    }
  }
  return {
    ids: Int32Array.from(kept),
    spans: tokenSpans(
      Int32Array.from(tokenA),
      Int32Array.from(tokenB),
      window.firstToken,
      window.lastToken - window.firstToken,
    ),
  };
}

export function createClassifierService(runtime: ModelRuntime, metadata: ModelMetadata): ClassifierService {
  const settings = metadata.preprocessing;

  async function explain(
    post: Preprocessed,
    windowScores: readonly Scores[],
    sensitivity: Sensitivity,
  ): Promise<Evidence[]> {
    const rule = ruleFor(metadata.rules[sensitivity], post.lang, post.script);
    let best = 0;
    windowScores.forEach((scores, index) => {
      if (flagStrength(scores, rule) > flagStrength(windowScores[best] as Scores, rule)) best = index;
    });
    const window = post.windows[best];
    if (!window) return [];
    const baseline = flagStrength(windowScores[best] as Scores, rule);
    const tokenIndexes: number[] = [];
    for (let t = window.firstToken; t < window.lastToken && tokenIndexes.length < MAX_EVIDENCE_TOKENS; t++) {
      tokenIndexes.push(t);
    }
    const occluded = await scoreInputs(
      runtime,
      tokenIndexes.map((t) => withoutToken(window, t)),
    );
    const drops = new Map<number, number>();
    tokenIndexes.forEach((t, i) => drops.set(t, baseline - flagStrength(occluded[i] as Scores, rule)));
    return evidenceFromDrops(post.text, post.tokens, drops);
  }

  return {
    metadata,
    async classify(texts, options = {}) {
      const sensitivity = options.sensitivity ?? 'balanced';
      const posts = texts.map((text) => preprocess(text, settings));
      const windowScores = await scoreInputs(
        runtime,
        posts.flatMap((post) => post.windows.map(inputOf)),
      );
      const results: Classification[] = [];
      let offset = 0;
      for (const post of posts) {
        const own = windowScores.slice(offset, offset + post.windows.length);
        offset += post.windows.length;
        const scores = maxScores(own);
        const decision = decide(scores, metadata, sensitivity, post.lang, post.script);
        const evidence = decision.flagged && options.evidence !== false ? await explain(post, own, sensitivity) : [];
        results.push({ ...decision, scores, evidence, lang: post.lang, script: post.script });
      }
      return results;
    },
  };
}
