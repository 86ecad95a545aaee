/** Helpers shared by the dataset loaders in this folder. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { HARM_HEADS, type Head } from '../../../utils/classifier/heads.ts';
import type { LabeledRecord } from '../record.ts';

/**
 * A loader's record. `group` keeps rows that must not straddle a train/validation split together
 * (one PTC article, one CONAN hate-speech prototype with its paraphrases and replies, one ISIS
 * account, one news article). It is optional and extra to `LabeledRecord`, so a pipeline that
 * ignores it still gets plain records.
 */
export interface SourceRecord extends LabeledRecord {
  group?: string;
}

export type Labels = LabeledRecord['labels'];

/**
 * Harmless text from a corpus that was never annotated for propaganda techniques: the four harm
 * heads 0, the technique heads and `propaganda_any` unknown. MANIFEST §2 sets every head 0 for
 * benign corpora, but everyday tweets, reviews and news use loaded language and exaggeration all the
 * time; marked technique-free, they taught the technique heads to tell genres apart (informal text
 * "no technique", a news sentence "technique"). Only PTC and our authored posts annotate techniques.
 */
export function harmlessLabels(): Labels {
  const labels: Labels = {};
  for (const head of HARM_HEADS) labels[head] = 0;
  return labels;
}

/**
 * Text annotated only for sentiment, emotion or irony: harmless (`harmlessLabels`) except that
 * `offensive_abusive` stays unknown too. Angry and negative posts swear, and the offensive
 * head's reference (OLID, TweetEval offensive) counts profanity as offensive; marking these posts
 * inoffensive taught the head the opposite (leaving it unknown on TweetEval's emotion, irony and
 * sentiment tweets moved TweetEval offensive test macro-F1 from 0.684 to 0.700, mean of three seeds).
 */
export function sentimentOnlyLabels(): Labels {
  const { offensive_abusive: _unknown, ...labels } = harmlessLabels();
  return labels;
}

export function labelsOf(entries: ReadonlyArray<readonly [Head, 0 | 1]>): Labels {
  const labels: Labels = {};
  for (const [head, value] of entries) labels[head] = value;
  return labels;
}

/**
 * Path of a required file inside a dataset folder; throws an Error naming the file when it is
 * missing, so a half-staged data dir fails at load time with an actionable message.
 */
export function requireFile(dataDir: string, dataset: string, ...parts: string[]): string {
  const path = join(dataDir, dataset, ...parts);
  if (!existsSync(path)) {
    const hint = existsSync(dataDir) ? '' : ` (the data dir ${resolve(dataDir)} itself does not exist)`;
    throw new Error(`${dataset}: missing file ${path}${hint}`);
  }
  return path;
}

export function requireDir(dataDir: string, dataset: string, ...parts: string[]): string {
  const path = requireFile(dataDir, dataset, ...parts);
  if (!statSync(path).isDirectory()) throw new Error(`${dataset}: expected a directory at ${path}`);
  return path;
}

/** UTF-8 text, BOM kept (PTC offsets count it); use `stripBom` where offsets do not matter. */
export function readUtf8(path: string): string {
  return readFileSync(path, 'utf8');
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Tweets from the Twitter API keep HTML escapes (`&amp;`, `&#128514;`). The extension reads DOM
 * text, where they are already decoded, so training text is decoded the same way.
 */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});/g, (whole: string, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // Lone surrogates and out-of-range values are left as they were.
      if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) return whole;
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[name] ?? whole;
  });
}

/** Collapses runs of whitespace (including newlines inside quoted CSV fields) and trims. */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Directory of this repository (the nearest ancestor of cwd with the basirat package.json). */
export function repoRoot(start: string = process.cwd()): string {
  let dir = resolve(start);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        const parsed: unknown = JSON.parse(readFileSync(pkg, 'utf8'));
        if (typeof parsed === 'object' && parsed !== null && (parsed as { name?: unknown }).name === 'basirat')
          return dir;
      } catch {
        // An unreadable package.json is not ours; keep walking up.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return resolve(start);
    dir = parent;
  }
}

/** `$BASIRAT_DATA_DIR`, else `../shared/data` next to the repository. */
export function defaultDataDir(): string {
  return resolve(repoRoot(), process.env['BASIRAT_DATA_DIR'] ?? '../shared/data');
}

/** Counts of a key over records, for reports and tests. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
