/**
 * The only module that imports onnxruntime-web. It owns one inference session, created lazily on
 * first use (session creation costs 0.1–0.5 s; a killed service worker pays it again on restart),
 * and serialises runs because the wasm backend is single-threaded here (numThreads = 1).
 */
import * as ort from 'onnxruntime-web/wasm';
import { markStartup } from '../startupMarks.ts';
import { MODEL_OUTPUTS } from './heads.ts';
import type { ModelMetadata } from './metadata.ts';
import { spanRows } from './spanRows.ts';

/**
 * Each row's token spans of its ids, padded: `spans` holds [batch, tokens, 2] (start, end) values. The
 * runtime turns them into the graph's input (`spanRows`).
 */
export interface TokenSpanBatch {
  spans: Int32Array;
  tokens: number;
}

/**
 * Runs the model on a padded batch of hashed feature ids: [batch, width] → [batch, heads]. A model that
 * reads words in order also takes the token spans (see `tokenSpans`); one that does not ignores them.
 */
export interface ModelRuntime {
  run(ids: Int32Array, batch: number, width: number, spans?: TokenSpanBatch): Promise<Float32Array>;
}

export interface OnnxRuntimeOptions {
  /** Returns the model bytes; called once, when the first batch arrives. */
  loadModel: () => Promise<Uint8Array>;
  inputName: string;
  /** The token-span input's name, for a model that has one (metadata `spansInput`). */
  spansInputName?: string;
  outputName: string;
  headCount: number;
}

/** The input and output names and output width a model's metadata gives the runtime. */
export function modelIo(
  metadata: ModelMetadata,
): Pick<OnnxRuntimeOptions, 'inputName' | 'spansInputName' | 'outputName' | 'headCount'> {
  return {
    inputName: metadata.input,
    ...(metadata.spansInput === undefined ? {} : { spansInputName: metadata.spansInput }),
    outputName: metadata.output,
    headCount: MODEL_OUTPUTS.length,
  };
}

let environmentConfigured = false;

function configureEnvironment(): void {
  if (environmentConfigured) return;
  environmentConfigured = true;
  // One thread: no SharedArrayBuffer in extension service workers, and a cheap laptop has few cores.
  ort.env.wasm.numThreads = 1;
  // The proxy worker cannot be started from a service worker; inference is short enough inline.
  ort.env.wasm.proxy = false;
}

export function createOnnxRuntime(options: OnnxRuntimeOptions): ModelRuntime {
  let session: Promise<ort.InferenceSession> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const getSession = (): Promise<ort.InferenceSession> => {
    if (!session) {
      configureEnvironment();
      session = options
        .loadModel()
        .then((bytes) => ort.InferenceSession.create(bytes, { executionProviders: ['wasm'] }))
        .then((created) => {
          markStartup('session-created');
          return created;
        })
        .catch((error: unknown) => {
          session = undefined; // let the next request try again instead of failing forever
          throw error;
        });
    }
    return session;
  };

  const runOnce = async (
    ids: Int32Array,
    batch: number,
    width: number,
    spans: TokenSpanBatch | undefined,
  ): Promise<Float32Array> => {
    if (ids.length !== batch * width) throw new Error(`ids has ${ids.length} values, expected ${batch}×${width}`);
    const feeds: Record<string, ort.Tensor> = { [options.inputName]: new ort.Tensor('int32', ids, [batch, width]) };
    if (options.spansInputName !== undefined) {
      if (!spans) throw new Error('this model reads token spans, and none were given');
      if (spans.tokens < 1) throw new Error('spans must hold at least one token per row');
      const rows = spanRows(spans.spans, batch, width, spans.tokens);
      feeds[options.spansInputName] = new ort.Tensor('int32', rows, [batch, spans.tokens, 2]);
    }
    const active = await getSession();
    const results = await active.run(feeds);
    const output = results[options.outputName];
    if (!output) throw new Error(`model has no output "${options.outputName}"`);
    const data = output.data;
    if (!(data instanceof Float32Array) || data.length !== batch * options.headCount) {
      throw new Error(`model output has an unexpected shape or type (${output.type} ${output.dims.join('×')})`);
    }
    for (const tensor of Object.values(feeds)) tensor.dispose();
    output.dispose();
    return data;
  };

  let firstBatchMarked = false;
  return {
    run(ids, batch, width, spans) {
      const result = queue.then(async () => {
        const output = await runOnce(ids, batch, width, spans);
        if (!firstBatchMarked) {
          firstBatchMarked = true;
          markStartup('first-batch-done');
        }
        return output;
      });
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
