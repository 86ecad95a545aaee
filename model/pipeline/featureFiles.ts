import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenSpans, type FeatureSettings } from '../../utils/classifier/features.ts';
import { HEADS, MODEL_OUTPUTS } from '../../utils/classifier/heads.ts';
import type { DatasetRow } from './dataset.ts';
import type { Split } from './record.ts';

const SPLIT_CODE: Record<Split, number> = { train: 0, val: 1, test: 2 };

export interface FeatureFileMeta {
  heads: readonly string[];
  sources: string[];
  preprocessing: FeatureSettings;
  input: string;
  spansInput?: string;
  output: string;
  count: number;
}

/**
 * Writes the rows' hashed features for model/train.py: the Python side never tokenizes, so the
 * features it learns from are exactly those the extension computes. Training uses each row's
 * first window (training texts are short; long ones are split into sentences or paragraphs).
 * Masked labels are NaN. The last label column is the `flag` decision target. `spans.bin` holds each
 * row's token spans (pairs of int32, `span_offsets.bin` says where a row's begin, counted in tokens).
 */
export function writeFeatureFiles(
  folder: string,
  rows: readonly DatasetRow[],
  settings: FeatureSettings,
  io: { input: string; output: string; spansInput?: string },
  decisionTarget: (row: DatasetRow) => number | undefined = () => undefined,
): FeatureFileMeta {
  mkdirSync(folder, { recursive: true });
  const sources = [...new Set(rows.map((row) => row.source))].sort();
  const sourceIndex = new Map(sources.map((source, index) => [source, index]));
  const total = rows.reduce((sum, row) => sum + (row.pre.windows[0]?.ids.length ?? 0), 0);
  const ids = new Int32Array(total);
  const offsets = new BigInt64Array(rows.length + 1);
  // Each row's token spans of its ids (see tokenSpans), and where each row's spans begin.
  const tokenCount = rows.reduce((sum, row) => sum + windowTokenCount(row), 0);
  const spans = new Int32Array(2 * tokenCount);
  const spanOffsets = new BigInt64Array(rows.length + 1);
  let spanCursor = 0;
  const width = MODEL_OUTPUTS.length;
  const labels = new Float32Array(rows.length * width).fill(Number.NaN);
  const weights = new Float32Array(rows.length);
  const split = new Uint8Array(rows.length);
  const source = new Uint16Array(rows.length);
  let cursor = 0;
  rows.forEach((row, index) => {
    const first = row.pre.windows[0];
    const window = first?.ids ?? new Int32Array(0);
    ids.set(window, cursor);
    cursor += window.length;
    offsets[index + 1] = BigInt(cursor);
    if (first) {
      const count = windowTokenCount(row);
      spans.set(tokenSpans(first.tokenA, first.tokenB, first.firstToken, count), 2 * spanCursor);
      spanCursor += count;
    }
    spanOffsets[index + 1] = BigInt(spanCursor);
    HEADS.forEach((head, column) => {
      const value = row.labels[head];
      if (value !== undefined) labels[index * width + column] = value;
    });
    const decision = decisionTarget(row);
    if (decision !== undefined) labels[index * width + HEADS.length] = decision;
    weights[index] = row.weight ?? 1;
    split[index] = SPLIT_CODE[row.split];
    source[index] = sourceIndex.get(row.source) ?? 0;
  });
  const write = (name: string, array: ArrayBufferView): void =>
    writeFileSync(join(folder, name), new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  write('ids.bin', ids);
  write('offsets.bin', offsets);
  write('spans.bin', spans);
  write('span_offsets.bin', spanOffsets);
  write('labels.bin', labels);
  write('weights.bin', weights);
  write('split.bin', split);
  write('source.bin', source);
  const meta: FeatureFileMeta = { heads: MODEL_OUTPUTS, sources, preprocessing: settings, ...io, count: rows.length };
  writeFileSync(join(folder, 'meta.json'), JSON.stringify(meta, null, 2));
  return meta;
}

function windowTokenCount(row: DatasetRow): number {
  const first = row.pre.windows[0];
  return first ? first.lastToken - first.firstToken : 0;
}
