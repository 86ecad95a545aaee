import { describe, expect, it } from 'vitest';
import { bucketOf, FEATURE_SETTINGS } from '../../../utils/classifier/features.ts';
import { HEADS, MODEL_OUTPUTS } from '../../../utils/classifier/heads.ts';
import type { ModelRuntime } from '../../../utils/classifier/runtime.ts';
import { createClassifierService } from '../../../utils/classifier/service.ts';
import { testMetadata } from './fixtures.ts';

const TRIGGER = bucketOf('w:caravan', FEATURE_SETTINGS.buckets);
const EXTREMIST = HEADS.indexOf('extremist_propaganda');

/** A stand-in model: extremist = 0.95 when the row contains the feature of the word "caravan". */
function fakeRuntime() {
  const calls: Array<{ batch: number; width: number }> = [];
  const runtime: ModelRuntime = {
    async run(ids, batch, width) {
      calls.push({ batch, width });
      const out = new Float32Array(batch * MODEL_OUTPUTS.length);
      for (let row = 0; row < batch; row++) {
        const slice = ids.subarray(row * width, (row + 1) * width);
        out[row * MODEL_OUTPUTS.length + EXTREMIST] = slice.includes(TRIGGER) ? 0.95 : 0.05;
      }
      return out;
    },
  };
  return { runtime, calls };
}

describe('classifier service', () => {
  it('flags, explains with the triggering word, and keeps input order', async () => {
    const { runtime } = fakeRuntime();
    const service = createClassifierService(runtime, testMetadata());
    const [clear, flagged] = await service.classify(['cricket tonight', 'brothers, join the caravan now']);
    expect(clear?.flagged).toBe(false);
    expect(clear?.evidence).toEqual([]);
    expect(flagged?.flagged).toBe(true);
    expect(flagged?.severity).toBe('high');
    expect(flagged?.evidence.map((e) => e.text)).toEqual(['caravan']);
    expect(flagged?.lang).toBe('en');
  });

  it("flags by the post's own language's decision threshold and explains with the word that drove it", async () => {
    const FLAG = MODEL_OUTPUTS.indexOf('flag');
    // The decision output is 0.65 for every row, 0.1 lower without the word "qafila"/"قافلہ".
    const triggers = [bucketOf('w:qafila', FEATURE_SETTINGS.buckets), bucketOf('w:قافلہ', FEATURE_SETTINGS.buckets)];
    const runtime: ModelRuntime = {
      async run(ids, batch, width) {
        const out = new Float32Array(batch * MODEL_OUTPUTS.length);
        for (let row = 0; row < batch; row++) {
          const slice = ids.subarray(row * width, (row + 1) * width);
          out[row * MODEL_OUTPUTS.length + FLAG] = triggers.some((id) => slice.includes(id)) ? 0.65 : 0.55;
        }
        return out;
      },
    };
    const metadata = testMetadata();
    for (const level of ['relaxed', 'balanced', 'sensitive'] as const) {
      metadata.rules[level] = { ...metadata.rules[level], decisionByLang: { ur: 0.6, 'ur-Latn': 0.6, en: 0.9 } };
    }
    const [english, urdu, romanUrdu] = await createClassifierService(runtime, metadata).classify([
      'the qafila will be leaving tonight',
      'قافلہ آج رات روانہ ہو رہا ہے',
      'qafila aaj raat nikal raha hai',
    ]);
    expect(english?.lang).toBe('en');
    expect(english?.flagged).toBe(false);
    expect(urdu?.lang).toBe('ur');
    expect(urdu?.flagged).toBe(true);
    expect(urdu?.evidence.map((e) => e.text)).toEqual(['قافلہ']);
    expect(romanUrdu?.lang).toBe('ur-Latn');
    expect(romanUrdu?.flagged).toBe(true);
    expect(romanUrdu?.evidence.map((e) => e.text)).toEqual(['qafila']);
  });

  it('reads the end of a long post through its windows', async () => {
    const { runtime } = fakeRuntime();
    const service = createClassifierService(runtime, testMetadata());
    const long = `${'cricket '.repeat(1500)}join the caravan`;
    const [result] = await service.classify([long]);
    expect(result?.flagged).toBe(true);
    expect(long.slice(result!.evidence[0]!.start, result!.evidence[0]!.end)).toBe('caravan');
  });

  it("hands the model each token's span of its ids, so a model can read word order", async () => {
    // A stand-in for a model that reads order: flags only when "join" is the token right before "caravan".
    const JOIN = bucketOf('w:join', FEATURE_SETTINGS.buckets);
    const ordered: ModelRuntime = {
      async run(ids, batch, width, spans) {
        if (!spans) throw new Error('no spans');
        const out = new Float32Array(batch * MODEL_OUTPUTS.length);
        for (let row = 0; row < batch; row++) {
          const tokenOf = (id: number): number => {
            for (let t = 0; t < spans.tokens; t++) {
              const at = (row * spans.tokens + t) * 2;
              const [start, end] = [spans.spans[at] as number, spans.spans[at + 1] as number];
              if (ids.subarray(row * width + start, row * width + end).includes(id)) return t;
            }
            return -9;
          };
          out[row * MODEL_OUTPUTS.length + EXTREMIST] = tokenOf(TRIGGER) === tokenOf(JOIN) + 1 ? 0.95 : 0.05;
        }
        return out;
      },
    };
    const service = createClassifierService(ordered, testMetadata());
    const [adjacent, apart, reversed] = await service.classify([
      'join caravan now',
      'join the caravan',
      'caravan join',
    ]);
    expect(adjacent?.flagged).toBe(true);
    // Removing either word (occlusion drops its span) unflags the post, so both are the evidence.
    expect(adjacent?.evidence.map((e) => e.text)).toEqual(['join caravan']);
    expect(apart?.flagged).toBe(false);
    expect(reversed?.flagged).toBe(false);
  });

  it('batches at most 64 rows per model call', async () => {
    const { runtime, calls } = fakeRuntime();
    const service = createClassifierService(runtime, testMetadata());
    const results = await service.classify(Array.from({ length: 200 }, (_, i) => `post number ${i}`));
    expect(results).toHaveLength(200);
    expect(Math.max(...calls.map((c) => c.batch))).toBeLessThanOrEqual(64);
  });

  it('never throws on bad input and always returns a decision', async () => {
    const { runtime } = fakeRuntime();
    const service = createClassifierService(runtime, testMetadata());
    const inputs: unknown[] = [
      '',
      'x'.repeat(1_000_000),
      '\u0000\u0001\u0002\u00ff\ufffd'.repeat(1000),
      '\ud800\udc00\ud800 lone',
      '😀🔥🇵🇰',
      '\u200f\u202e\u2066',
      'mixed یہ جہاد script caravan',
      null,
      42,
      { text: 'object' },
    ];
    const results = await service.classify(inputs);
    expect(results).toHaveLength(inputs.length);
    for (const result of results) {
      expect(typeof result.flagged).toBe('boolean');
      expect(Object.keys(result.scores)).toEqual([...MODEL_OUTPUTS]);
    }
    expect(results[6]?.flagged).toBe(true);
    expect(results[0]?.lang).toBe('und');
  });
});
