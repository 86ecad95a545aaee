/**
 * The shipped model against its contract: metadata valid and matching the file, ONNX output equal
 * to PyTorch's on the same ids (tests/golden/model-parity.json, written by model/train.py), and
 * whole-pipeline outputs equal to the golden file written when the model was trained.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../utils/classifier/integrity.ts';
import { createOnnxRuntime, modelIo } from '../../../utils/classifier/runtime.ts';
import { createNodeClassifier, readMetadata } from '../../../scripts/lib/nodeClassifier.ts';
import { readParityFile } from '../parityFile.ts';

const root = resolve(import.meta.dirname, '../../..');
const metadata = readMetadata();
const modelPath = resolve(root, 'public/model', metadata.file);

describe('shipped model', () => {
  it('matches its metadata and stays within 8 MB', async () => {
    const bytes = new Uint8Array(readFileSync(modelPath));
    expect(await sha256Hex(bytes)).toBe(metadata.sha256);
    expect(statSync(modelPath).size).toBeLessThanOrEqual(8 * 1024 * 1024);
  });

  it('gives the same probabilities in onnxruntime-web as in PyTorch', async () => {
    const parity = readParityFile(resolve(root, 'tests/golden/model-parity.json'));
    expect(parity.spans !== undefined).toBe(metadata.spansInput !== undefined);
    const runtime = createOnnxRuntime({
      loadModel: async () => new Uint8Array(readFileSync(modelPath)),
      ...modelIo(metadata),
    });
    const output = await runtime.run(parity.ids, parity.batch, parity.width, parity.spans);
    expect(output).toHaveLength(parity.probs.length);
    parity.probs.forEach((expected, i) => expect(output[i]).toBeCloseTo(expected, 5));
  });

  it('reproduces the golden outputs of the whole pipeline', async () => {
    const golden = JSON.parse(readFileSync(resolve(root, 'tests/golden/model-outputs.json'), 'utf8')) as Array<{
      text: string;
      flagged: boolean;
      severity: string;
      lang: string;
      scores: Record<string, number>;
    }>;
    const results = await createNodeClassifier().classify(golden.map((g) => g.text));
    results.forEach((result, i) => {
      const expected = golden[i]!;
      expect(result.flagged).toBe(expected.flagged);
      expect(result.severity).toBe(expected.severity);
      expect(result.lang).toBe(expected.lang);
      for (const [head, value] of Object.entries(expected.scores)) {
        expect(result.scores[head as keyof typeof result.scores]).toBeCloseTo(value, 5);
      }
    });
  });
});
