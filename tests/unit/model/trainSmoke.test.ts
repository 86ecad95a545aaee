/**
 * Smoke test of the training path end to end on a tiny synthetic set: TypeScript features →
 * model/train.py (Debian's PyTorch) → ONNX → onnxruntime-web, with the parity file it writes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_SETTINGS, tokenSpans } from '../../../utils/classifier/features.ts';
import { HEADS, MODEL_OUTPUTS } from '../../../utils/classifier/heads.ts';
import { createOnnxRuntime } from '../../../utils/classifier/runtime.ts';
import { buildDataset } from '../../../model/pipeline/dataset.ts';
import { writeFeatureFiles } from '../../../model/pipeline/featureFiles.ts';
import type { LabeledRecord } from '../../../model/pipeline/record.ts';
import { flagTarget } from '../../../model/pipeline/evaluate.ts';
import { readParityFile } from '../parityFile.ts';

const root = resolve(import.meta.dirname, '../../..');

/** A head branch mixed into extremist_propaganda, folding ids by `divisor` (the flag branch folds by 8). */
function toyHeadBranch(divisor: number): object {
  const training = { dim: 4, lr: 0.05, epochs: 2, batch_size: 32, samples_per_epoch: 480, mix_grid: [0.5] };
  return { heads: ['extremist_propaganda'], divisor, ...training };
}

describe('training smoke test', () => {
  // With the flag branch: the toy rows are "authored" posts, so the second stage trains and exports.
  // A linear branch (mean pooling, no hidden layer) ships as one weight per feature instead of vectors.
  it.each([
    ['without the flag branch', undefined],
    ['with a hidden-layer flag branch', { hidden: 4 }],
    ['with a linear flag branch', { max_pool: false }],
    // mix 0.5 so the exported flag output depends on the branch's two field means.
    [
      'with a split-field linear flag branch and weighted authored negatives',
      { max_pool: false, split_fields: true, authored_negative_weight: 3, mix_grid: [0.5] },
    ],
    // Two such branches averaged into the one that ships (its stored weights are the members' mean).
    [
      'with a bag of two split-field linear flag branches',
      { max_pool: false, split_fields: true, bag: 2, mix_grid: [0.5] },
    ],
    // A head branch mixed into extremist_propaganda beside the flag branch: both ship in one graph. Its
    // ids are folded unlike the flag branch's, so each keeps its own weights.
    [
      'with a head branch and a flag branch',
      { max_pool: false, split_fields: true, mix_grid: [0.5] },
      toyHeadBranch(4),
    ],
    // The shipped shape: word order (a convolution over token vectors read through the second input), and
    // a head branch folding ids as the flag branch does, so both ship as columns of one weight matrix.
    [
      'with word order, a head branch and a flag branch',
      { max_pool: false, split_fields: true, mix_grid: [0.5] },
      toyHeadBranch(8),
      true,
    ],
    // The main model's weights averaged over its last two epochs instead of one epoch picked by validation loss.
    [
      'with the last two epochs averaged',
      undefined,
      undefined,
      false,
      { select_epoch_by: 'average', average_epochs: 2 },
    ],
  ])(
    'trains, exports ONNX, and onnxruntime-web agrees with PyTorch (%s)',
    async (_, branch, headBranches?: object, ordered?: boolean, selection?: object) => {
      const dir = mkdtempSync(join(tmpdir(), 'basirat-train-'));
      const records: LabeledRecord[] = [];
      for (let i = 0; i < 600; i++) {
        const bad = i % 2 === 0;
        const record: LabeledRecord = {
          source: bad ? 'bad' : 'good',
          text: bad ? `brothers join the caravan ${i} and fight` : `great cricket match ${i} in lahore`,
          labels: { extremist_propaganda: bad ? 1 : 0, hate_dehumanization: 0 },
        };
        if (branch) Object.assign(record, { source: 'authored', original: `flag:${bad ? 1 : 0}`, tag: 'en/toy' });
        records.push(record);
      }
      const { rows } = buildDataset(records, FEATURE_SETTINGS, {
        heldOutSources: [],
        valShare: 0.2,
        testShare: 0,
        overrides: {},
      });
      const io = { input: 'ids', output: 'probs', ...(ordered ? { spansInput: 'span_rows' } : {}) };
      writeFeatureFiles(join(dir, 'features'), rows, FEATURE_SETTINGS, io, flagTarget);
      const config = {
        train: {
          seed: 1,
          dim: 8,
          hidden: 8,
          dropout: 0.1,
          feature_dropout: 0.1,
          lr_embedding: 0.05,
          lr_dense: 0.01,
          weight_decay: 0,
          batch_size: 32,
          epochs: 3,
          samples_per_epoch: 960,
          source_cap: 1000,
          source_boost: {},
          threads: 1,
          ...selection,
          ...(ordered ? { sequence: { filters: 4, width: 3, layers: 2 } } : {}),
          ...(headBranches ? { head_branches: headBranches } : {}),
          ...(branch
            ? {
                flag_branch: {
                  divisor: 8,
                  dim: 4,
                  lr: 0.05,
                  epochs: 2,
                  batch_size: 32,
                  public_negative_share: 0,
                  mix_grid: [0, 0.5, 1],
                  ...branch,
                },
              }
            : {}),
        },
      };
      writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
      const onnx = join(dir, 'model.onnx');
      const parityPath = join(dir, 'parity.json');
      const result = spawnSync(
        process.env.BASIRAT_PYTHON ?? '/usr/bin/python3',
        ['model/train.py', '--config', join(dir, 'config.json'), '--cache', dir, '--out', onnx, '--parity', parityPath],
        { cwd: root, encoding: 'utf8' },
      );
      expect(result.status, result.stderr).toBe(0);
      expect(existsSync(onnx)).toBe(true);

      const parity = readParityFile(parityPath);
      expect(parity.spans !== undefined).toBe(ordered === true);
      const runtime = createOnnxRuntime({
        loadModel: async () => new Uint8Array(readFileSync(onnx)),
        inputName: 'ids',
        ...(ordered ? { spansInputName: 'span_rows' } : {}),
        outputName: 'probs',
        headCount: MODEL_OUTPUTS.length,
      });
      const output = await runtime.run(parity.ids, parity.batch, parity.width, parity.spans);
      if (ordered) {
        // A model that reads word order refuses a batch without its spans, or with spans of another shape.
        await expect(runtime.run(parity.ids, parity.batch, parity.width)).rejects.toThrow(/reads token spans/);
        const short = { spans: parity.spans!.spans.subarray(2), tokens: parity.spans!.tokens };
        await expect(runtime.run(parity.ids, parity.batch, parity.width, short)).rejects.toThrow(/spans has/);
      }
      parity.probs.forEach((expected, i) => expect(output[i]).toBeCloseTo(expected, 5));

      // It learned the toy task: the "bad" rows score higher on extremist_propaganda.
      const column = HEADS.indexOf('extremist_propaganda');
      const score = async (text: string) => {
        const window = rows.find((r) => r.text === text)!.pre.windows[0]!;
        const tokens = window.lastToken - window.firstToken;
        const spans = { spans: tokenSpans(window.tokenA, window.tokenB, window.firstToken, tokens), tokens };
        return (await runtime.run(window.ids, 1, window.ids.length, spans))[column]!;
      };
      expect(await score('brothers join the caravan 0 and fight')).toBeGreaterThan(
        await score('great cricket match 1 in lahore'),
      );
      const log = JSON.parse(readFileSync(join(dir, 'train-log.json'), 'utf8')) as {
        flag_branch?: unknown[];
        flag_branch_members?: unknown[];
        head_branches?: Record<string, { best?: { mix: number } }>;
        quantization_max_abs_diff: number;
        branch_logit_max_abs_diff: number;
        linear_branch_columns: number;
        best_epoch: number | null;
        averaged_epochs?: number[];
      };
      if (selection) {
        expect(log.best_epoch).toBeNull();
        expect(log.averaged_epochs).toEqual([2, 3]);
      } else {
        expect(log.best_epoch).toBeGreaterThanOrEqual(1);
        expect(log.averaged_epochs).toBeUndefined();
      }
      expect(log.flag_branch?.length ?? 0).toBe(branch ? 2 : 0);
      expect(log.flag_branch_members?.length ?? 0).toBe(branch && 'bag' in branch ? branch.bag : 0);
      expect(log.head_branches?.extremist_propaganda?.best?.mix).toBe(headBranches ? 0.5 : undefined);
      // The shipped (quantised) graph stays close to the float model it was trained as.
      expect(log.quantization_max_abs_diff).toBeLessThan(0.02);
      // The branch's stored weights (float16 per feature, or int8 vectors) give the float branch's logit.
      expect(log.branch_logit_max_abs_diff).toBeLessThan(branch ? 0.01 : Number.EPSILON);
      // Linear split-field branches that fold ids alike ship as columns of one matrix: the head branch,
      // and the flag branch when it folds as the head branch does (by 8).
      const splitFlag = branch !== undefined && 'split_fields' in branch;
      const headFolding = headBranches && 'divisor' in headBranches ? headBranches.divisor : undefined;
      const flagColumn = splitFlag && (headFolding === undefined || headFolding === 8) ? 1 : 0;
      expect(log.linear_branch_columns).toBe((headBranches ? 1 : 0) + flagColumn);
    },
  );
});
