import { readFileSync } from 'node:fs';
import type { TokenSpanBatch } from '../../utils/classifier/runtime.ts';

/** The parity file model/train.py writes beside an exported model: padded inputs and PyTorch's outputs. */
export interface ParityFile {
  ids: Int32Array;
  batch: number;
  width: number;
  /** Token spans, for a model that reads word order. */
  spans?: TokenSpanBatch;
  probs: number[];
}

export function readParityFile(path: string): ParityFile {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as {
    ids: number[];
    batch: number;
    width: number;
    spans?: number[];
    tokens?: number;
    probs: number[];
  };
  const parity: ParityFile = { ids: Int32Array.from(raw.ids), batch: raw.batch, width: raw.width, probs: raw.probs };
  if (raw.spans !== undefined && raw.tokens !== undefined) {
    parity.spans = { spans: Int32Array.from(raw.spans), tokens: raw.tokens };
  }
  return parity;
}
