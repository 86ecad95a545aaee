/**
 * Bend the Truth (UrduFake 2020): only the 500 real news articles are used, as benign Urdu-script
 * news (harm heads 0, techniques unknown); fake-vs-real is a different task. Articles run up to ~20k characters, far
 * longer than a post, so each is cut into paragraph-sized chunks: paragraphs are the article's
 * lines, a paragraph over MAX_CHARS is split at sentence ends (Urdu full stop ۔, ؟, !, ?, .) and
 * repacked, and a fragment under MIN_CHARS (headings, bylines) is merged into its neighbour
 * (such a chunk may reach MAX_CHARS + MIN_CHARS).
 * The paper's train/test split is not kept (it is a fake-news split, not one we report on);
 * `group` is the article so its chunks can stay on one side of a split.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { harmlessLabels, cleanText, readUtf8, requireDir, stripBom, type SourceRecord } from './common.ts';

export const DATASET = 'urdufake_bend_the_truth';
export const REAL_DIRS = [
  ['1.Corpus', 'Train', 'Real'],
  ['1.Corpus', 'Test', 'Real'],
] as const;
export const MAX_CHARS = 600;
export const MIN_CHARS = 40;

const DOMAINS: Record<string, string> = {
  bus: 'business',
  hlth: 'health',
  sbz: 'showbiz',
  sp: 'sports',
  tch: 'technology',
};

/** Sentences of a paragraph, each keeping its end mark. */
function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[۔؟!?.])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Splits an over-long sentence at word boundaries. */
function splitWords(sentence: string, max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of sentence.split(' ')) {
    if (current && current.length + 1 + word.length > max) {
      out.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Greedy packing of pieces into chunks of at most `max` characters. */
function pack(pieces: readonly string[], max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current && current.length + 1 + piece.length > max) {
      out.push(current);
      current = piece;
    } else {
      current = current ? `${current} ${piece}` : piece;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Paragraph-sized chunks of one article (see the header comment). */
export function chunkArticle(article: string, max = MAX_CHARS, min = MIN_CHARS): string[] {
  const pieces: string[] = [];
  for (const line of stripBom(article).split(/\r\n|\r|\n/)) {
    const paragraph = cleanText(line);
    if (!paragraph) continue;
    if (paragraph.length <= max) {
      pieces.push(paragraph);
      continue;
    }
    const parts = sentences(paragraph).flatMap((s) => (s.length > max ? splitWords(s, max) : [s]));
    pieces.push(...pack(parts, max));
  }
  // Merge fragments shorter than `min` into the following piece, else into the previous one;
  // a merged chunk may exceed `max` by up to `min`, so that fragments rarely stand alone.
  const out: string[] = [];
  const limit = max + min;
  const appendToLast = (fragment: string): boolean => {
    const last = out.at(-1);
    if (last === undefined || last.length + 1 + fragment.length > limit) return false;
    out[out.length - 1] = `${last} ${fragment}`;
    return true;
  };
  let carry = '';
  for (const raw of pieces) {
    let piece = raw;
    if (carry) {
      if (carry.length + 1 + piece.length <= limit) piece = `${carry} ${piece}`;
      else if (!appendToLast(carry)) out.push(carry);
      carry = '';
    }
    if (piece.length < min) carry = piece;
    else out.push(piece);
  }
  if (carry && !appendToLast(carry)) out.push(carry);
  return out;
}

export function load(dataDir: string): SourceRecord[] {
  const out: SourceRecord[] = [];
  for (const parts of REAL_DIRS) {
    const dir = requireDir(dataDir, DATASET, ...parts);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    if (files.length === 0) throw new Error(`${DATASET}: no .txt articles in ${dir}`);
    for (const file of files) {
      const prefix = /^[a-z]+/.exec(file)?.[0] ?? '';
      const domain = DOMAINS[prefix];
      for (const text of chunkArticle(readUtf8(join(dir, file)))) {
        const record: SourceRecord = {
          source: 'urdufake_real',
          text,
          labels: harmlessLabels(),
          original: 'real',
          group: `urdufake:${parts[1]}/${file}`,
        };
        if (domain) record.tag = domain;
        out.push(record);
      }
    }
  }
  return out;
}
