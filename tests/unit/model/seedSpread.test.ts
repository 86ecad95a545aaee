import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedSpreadRun } from '../../../model/pipeline/seedSpread.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8')) as unknown;

describe('seed spread', () => {
  it("has the shipped model's own figures as its first run (the file is derived from metrics, not typed)", () => {
    const metrics = readJson('model/metrics.json');
    const spread = readJson('model/seed-spread.json') as { runs: unknown[] };
    expect(spread.runs[0]).toEqual(seedSpreadRun(metrics));
    expect(spread.runs.map((run) => (run as { seed: number }).seed)).toContain(
      (metrics as { training: { config: { seed: number } } }).training.config.seed,
    );
  });

  it('averages platform-noise recall over the kinds of noise, leaving the clean posts out', () => {
    const metrics = structuredClone(readJson('model/metrics.json')) as {
      test: { platformNoise: Record<string, Record<string, { recall: { rate: number } }>> };
    };
    const noise = metrics.test.platformNoise;
    for (const kind of Object.keys(noise)) {
      for (const lang of Object.keys(noise[kind] ?? {})) noise[kind]![lang]!.recall.rate = kind === 'clean' ? 1 : 0.5;
    }
    expect(seedSpreadRun(metrics).noiseRecall).toEqual({ en: 0.5, ur: 0.5, 'ur-Latn': 0.5 });
  });

  it('names the missing figure when metrics lack one, and leaves out probes older metrics did not have', () => {
    const metrics = structuredClone(readJson('model/metrics.json')) as { test: Record<string, unknown> };
    delete metrics.test.fragments;
    delete metrics.test.proIsisRanking;
    const run = seedSpreadRun(metrics);
    expect(run).not.toHaveProperty('fragments');
    expect(run).not.toHaveProperty('proIsisRecallAt1Pct');
    delete metrics.test.benchmarks;
    expect(() => seedSpreadRun(metrics)).toThrow('metrics: no number at test.benchmarks.tweeteval_hate.macroF1');
  });
});
