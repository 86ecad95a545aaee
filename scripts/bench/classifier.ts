/**
 * Throughput of preprocessing + inference in Node with onnxruntime-web (one thread), on our own
 * authored posts, for batches of 1 and 64. Evidence (occlusion) runs only for flagged posts, as in
 * the extension, and is measured separately. Batches of 1 are also split into the time inside the
 * model call and the rest, with the cost of a call on an empty post beside it: what a batch of 1
 * spends is mostly fixed per call, not per feature, and these figures show how much.
 */
import { readAuthored } from '../../model/pipeline/authored.ts';
import { FEATURE_SETTINGS } from '../../utils/classifier/features.ts';
import { preprocess } from '../../utils/classifier/preprocess.ts';
import { createNodeClassifier } from '../lib/nodeClassifier.ts';
import { type ModelRuntime } from '../../utils/classifier/runtime.ts';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function benchClassifier(): Promise<Record<string, string>> {
  const texts = readAuthored(resolve(ROOT, 'model/data/authored')).map((post) => post.text);
  const classifier = createNodeClassifier();
  await classifier.classify(texts.slice(0, 8)); // session creation is a one-off cost, measured below

  const out: Record<string, string> = {};
  const cold = createNodeClassifier();
  let started = performance.now();
  await cold.classify([texts[0] ?? '']);
  out['cold start (session + first post)'] = `${(performance.now() - started).toFixed(0)} ms`;
  out['batch 1, the next 300 posts of a cold session'] = await firstPostsRate(cold, texts, 300);

  started = performance.now();
  for (const text of texts) preprocess(text, FEATURE_SETTINGS);
  out['preprocessing only'] = `${(texts.length / ((performance.now() - started) / 1000)).toFixed(0)} posts/s`;

  for (const [batch, evidence] of [
    [1, false],
    [64, false],
    [64, true],
  ] as const) {
    const rounds: number[] = [];
    let posts = 0;
    const until = performance.now() + 4000;
    while (performance.now() < until) {
      for (let i = 0; i + batch <= texts.length && performance.now() < until; i += batch) {
        const t = performance.now();
        await classifier.classify(texts.slice(i, i + batch), { evidence });
        rounds.push(performance.now() - t);
        posts += batch;
      }
    }
    const seconds = rounds.reduce((a, b) => a + b, 0) / 1000;
    const label = `batch ${batch}${evidence ? ' with evidence for flagged posts' : ''}`;
    out[label] = `${(posts / seconds).toFixed(0)} posts/s (median ${median(rounds).toFixed(2)} ms per batch)`;
  }
  Object.assign(out, await batchOneBreakdown(texts));
  return out;
}

/**
 * A fresh wasm session is slow for its first few hundred calls (measured: ~6 ms per call around call
 * 100, 0.5 ms after 2,000), so a service worker that has just restarted pays this; the warm figures
 * below hide it. (The process has already run 8 posts on another session, as the cold-start figure has.)
 */
async function firstPostsRate(
  classifier: ReturnType<typeof createNodeClassifier>,
  texts: readonly string[],
  count: number,
): Promise<string> {
  const started = performance.now();
  for (let i = 1; i <= count; i++) await classifier.classify([texts[i % texts.length] ?? ''], { evidence: false });
  const ms = performance.now() - started;
  return `${(count / (ms / 1000)).toFixed(0)} posts/s (mean ${(ms / count).toFixed(2)} ms per post)`;
}

/** A runtime that adds the time spent in each model call to `spent.ms`. */
function timedRuntime(inner: ModelRuntime, spent: { ms: number }): ModelRuntime {
  return {
    async run(ids, batch, width, spans) {
      const started = performance.now();
      try {
        return await inner.run(ids, batch, width, spans);
      } finally {
        spent.ms += performance.now() - started;
      }
    },
  };
}

/** Per post in batches of 1: time inside the model call, the rest (preprocessing, decision), and an empty post's call. */
async function batchOneBreakdown(texts: readonly string[]): Promise<Record<string, string>> {
  const spent = { ms: 0 };
  const classifier = createNodeClassifier(undefined, undefined, (runtime) => timedRuntime(runtime, spent));
  await classifier.classify(texts.slice(0, 8));
  spent.ms = 0;
  let total = 0;
  let posts = 0;
  const until = performance.now() + 4000;
  for (let i = 0; performance.now() < until; i = (i + 1) % texts.length) {
    const started = performance.now();
    await classifier.classify([texts[i] ?? ''], { evidence: false });
    total += performance.now() - started;
    posts++;
  }
  const model = spent.ms;
  const empty: number[] = [];
  for (let i = 0; i < 2000; i++) {
    spent.ms = 0;
    await classifier.classify([''], { evidence: false });
    empty.push(spent.ms);
  }
  const micro = (ms: number) => `${((1000 * ms) / posts).toFixed(0)} µs`;
  return {
    'batch 1, per post: in the model call': `${micro(model)} (${((100 * model) / total).toFixed(0)}% of ${micro(total)})`,
    'batch 1, per post: outside it': micro(total - model),
    'model call on an empty post (median)': `${(1000 * median(empty)).toFixed(0)} µs`,
  };
}
