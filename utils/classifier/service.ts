import type { WindowFeatures } from './features.ts';
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

/** Runs many id lists through the model in padded batches; returns one Scores per list. */
async function scoreIdLists(runtime: ModelRuntime, lists: readonly Int32Array[]): Promise<Scores[]> {
  const results: Scores[] = new Array<Scores>(lists.length);
  // Similar lengths together keep padding small.
  const order = lists.map((_, index) => index).sort((a, b) => (lists[a]?.length ?? 0) - (lists[b]?.length ?? 0));
  let cursor = 0;
  while (cursor < order.length) {
    const batch: number[] = [];
    let width = 1;
    let realIds = 0;
    while (cursor < order.length && batch.length < MAX_BATCH_ROWS) {
      const index = order[cursor] as number;
      const length = lists[index]?.length ?? 0;
      const nextWidth = Math.max(width, length);
      const padded = nextWidth * (batch.length + 1);
      // Padding is computed like real ids by the model: close the batch before it is mostly padding.
      if (batch.length > 0 && (padded > MAX_BATCH_IDS || padded > MAX_PADDING_RATIO * (realIds + length))) break;
      width = nextWidth;
      realIds += length;
      batch.push(index);
      cursor++;
    }
    const ids = new Int32Array(batch.length * width);
    batch.forEach((index, row) => ids.set(lists[index] as Int32Array, row * width));
    const output = await runtime.run(ids, batch.length, width);
    batch.forEach((index, row) => {
      results[index] = scoresFromRow(output, row);
    });
  }
  return results;
}

/** The window ids without the features of one token, for occlusion. */
function withoutToken(window: WindowFeatures, token: number): Int32Array {
  const kept: number[] = [];
  for (let i = 0; i < window.ids.length; i++) {
    if (window.tokenA[i] !== token && window.tokenB[i] !== token) kept.push(window.ids[i] as number);
  }
  return Int32Array.from(kept);
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
    const occluded = await scoreIdLists(
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
      const windowLists = posts.flatMap((post) => post.windows.map((window) => window.ids));
      const windowScores = await scoreIdLists(runtime, windowLists);
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
