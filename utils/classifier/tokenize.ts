import { BIDI_CONTROLS, INVISIBLE_CHARS, foldInPlace, normalizeEmoji, normalizeToken } from './normalize.ts';
import { negatedFlags } from './negation.ts';
import { quotedFlags, quotedRanges, SINGLE_QUOTE_MARKS } from './quotes.ts';
import { WordEntry } from './wordEntry.ts';

export type TokenKind = 'word' | 'number' | 'url' | 'mention' | 'hashtag' | 'emoji';

export interface Token {
  kind: TokenKind;
  /** Normalised form used for features. */
  norm: string;
  /** Words inside a hashtag written in camel case or with underscores (#GhazwaEHind → ghazwa e hind). */
  parts?: string[];
  /** UTF-16 offsets into the raw text, so evidence can point at what the user sees. */
  start: number;
  end: number;
  /** Inside quotation marks, double or single (see quotes.ts): quoted, not said. */
  quoted?: true;
  /** Near a negator in the same sentence (see negation.ts): denied, perhaps, not asserted. */
  negated?: true;
}

/**
 * Word characters include the invisible and bidi characters, so that "k\u200Bill" stays one token
 * and is then cleaned by `normalizeToken`, and combining marks, so Urdu diacritics stay in words.
 */
const WORD_CHARS = `\\p{L}\\p{M}\\p{N}_'’${INVISIBLE_CHARS}${BIDI_CONTROLS}`;

/** Capturing group of each token kind in TOKEN_RE (numbered: named groups cost an object per match). */
const URL_GROUP = 1;
const MENTION_GROUP = 2;
const HASHTAG_GROUP = 3;
const WORD_GROUP = 4;
const EMOJI_GROUP = 5;

const TOKEN_RE = new RegExp(
  [
    '((?:https?://|www\\.)[^\\s<>"]+|\\b(?:t\\.me|wa\\.me|bit\\.ly|chat\\.whatsapp\\.com|youtu\\.be)/[^\\s<>"]*)',
    `(@[\\p{L}\\p{N}_.]+)`,
    `(#[${WORD_CHARS}]+)`,
    `([${WORD_CHARS}]+)`,
    '(\\p{Extended_Pictographic}(?:\\uFE0F|\\u200D\\p{Extended_Pictographic}|[\\u{1F3FB}-\\u{1F3FF}])*)',
  ].join('|'),
  'gu',
);

const DIGITS_RE = /^\p{N}+$/u;

/** Normalised words by surface form, shared across posts: most words repeat, so most are hits. */
const WORD_CACHE = new Map<string, WordEntry>();
const WORD_CACHE_LIMIT = 50_000;

function wordEntry(surface: string): WordEntry {
  let entry = WORD_CACHE.get(surface);
  if (entry === undefined) {
    // A simple bound: clearing now and then costs a few misses, never unbounded memory.
    if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear();
    const norm = normalizeToken(surface).replace(/^['’_]+|['’_]+$/gu, '');
    entry = new WordEntry(norm, DIGITS_RE.test(norm) ? 'number' : 'word');
    WORD_CACHE.set(surface, entry);
  }
  return entry;
}

/** Tokens, and beside each word or number token the entry of its word (see wordEntry.ts). */
export interface TokenizedPost {
  tokens: Token[];
  words: Array<WordEntry | undefined>;
}

/** Splits raw text into tokens with offsets. Never throws; returns [] for text with no tokens. */
export function tokenize(raw: string, maxChars: number): Token[] {
  return tokenizePost(raw, maxChars).tokens;
}

/** `tokenize`, with each token's word entry, which spares the later steps their own lookups. */
export function tokenizePost(raw: string, maxChars: number): TokenizedPost {
  const text = foldInPlace(raw.length > maxChars ? raw.slice(0, maxChars) : raw);
  const tokens: Token[] = [];
  const words: Array<WordEntry | undefined> = [];
  // An exec loop rather than matchAll, which copies the regex and wraps every match in an iterator
  // step; no alternative of TOKEN_RE matches the empty string, so lastIndex always moves on.
  TOKEN_RE.lastIndex = 0;
  for (let match = TOKEN_RE.exec(text); match !== null; match = TOKEN_RE.exec(text)) {
    const start = match.index;
    const surface = match[0];
    const end = start + surface.length;
    if (match[URL_GROUP] !== undefined) {
      tokens.push({ kind: 'url', norm: urlDomain(surface), start, end });
    } else if (match[MENTION_GROUP] !== undefined) {
      // Never learn from account names: content and techniques, not people.
      tokens.push({ kind: 'mention', norm: '@user', start, end });
    } else if (match[HASHTAG_GROUP] !== undefined) {
      const norm = normalizeToken(surface.slice(1));
      if (!norm) continue;
      const parts = hashtagParts(surface.slice(1));
      tokens.push(
        parts.length > 1 ? { kind: 'hashtag', norm, parts, start, end } : { kind: 'hashtag', norm, start, end },
      );
    } else if (match[WORD_GROUP] !== undefined) {
      const entry = wordEntry(surface);
      if (!entry.norm) continue;
      tokens.push({ kind: entry.kind, norm: entry.norm, start, end });
      words.push(entry);
      continue;
    } else if (match[EMOJI_GROUP] !== undefined) {
      tokens.push({ kind: 'emoji', norm: normalizeEmoji(surface), start, end });
    }
    if (words.length < tokens.length) words.push(undefined);
  }
  joinSpacedLetters(text, tokens, words);
  markQuoted(text, tokens);
  negatedFlags(text, tokens).forEach((negated, index) => {
    if (negated) (tokens[index] as Token).negated = true;
  });
  return { tokens, words };
}

/** A lone letter of Latin or Arabic script, after normalisation. */
const SINGLE_LETTER_RE = /^[\p{Script=Latin}\p{Script=Arabic}]$/u;
/** What may separate the letters of a spaced-out word: "k i l l", "k.i.l.l", "k - i - l - l". */
const LETTER_GAP_RE = /^[ \t.\-_*·•|/]{1,3}$/u;
/** Shorter runs stay apart: "u r a" is chat and "P T I" an acronym; "q a t l" and "k i l l" have four letters. */
const MIN_SPACED_LETTERS = 4;

const LATIN_RE = /\p{Script=Latin}/u;

function isLatin(letter: string): boolean {
  return LATIN_RE.test(letter);
}

/**
 * Words spelled out letter by letter to slip past filters ("k a f i r", "j.i.h.a.d", "ک ا ف ر") are
 * read as the word they spell: a run of at least four single letters of one script, separated only
 * by spaces or light punctuation, becomes one word token spanning the run (so evidence points at it).
 */
function joinSpacedLetters(text: string, tokens: Token[], words: Array<WordEntry | undefined>): void {
  const letter = (token: Token | undefined): token is Token =>
    token !== undefined && token.kind === 'word' && SINGLE_LETTER_RE.test(token.norm);
  let write = 0;
  for (let read = 0; read < tokens.length;) {
    const first = tokens[read] as Token;
    let last = read;
    if (letter(first)) {
      const latin = isLatin(first.norm);
      for (;;) {
        const next = tokens[last + 1];
        if (!letter(next) || isLatin(next.norm) !== latin) break;
        if (!LETTER_GAP_RE.test(text.slice((tokens[last] as Token).end, next.start))) break;
        last++;
      }
    }
    if (last - read + 1 >= MIN_SPACED_LETTERS) {
      const entry = wordEntry(
        tokens
          .slice(read, last + 1)
          .map((token) => token.norm)
          .join(''),
      );
      // Always a word, whatever the entry says: featurize uses an entry only when its kind matches.
      words[write] = entry;
      tokens[write++] = { kind: 'word', norm: entry.norm, start: first.start, end: (tokens[last] as Token).end };
    } else {
      for (let i = read; i <= last; i++) {
        words[write] = words[i];
        tokens[write++] = tokens[i] as Token;
      }
    }
    read = last + 1;
  }
  tokens.length = write;
  words.length = write;
}

function markQuoted(text: string, tokens: Token[]): void {
  const ranges = quotedRanges(text);
  if (ranges.length === 0) return;
  // A word may start with the single mark that opens a quote ('kutte): its first letter is what counts.
  quotedFlags(
    tokens.map((token) => (SINGLE_QUOTE_MARKS.has(text[token.start] as string) ? token.start + 1 : token.start)),
    ranges,
  ).forEach((quoted, index) => {
    if (quoted) (tokens[index] as Token).quoted = true;
  });
}

function hashtagParts(body: string): string[] {
  return body
    .split(/_|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u)
    .map(normalizeToken)
    .filter((part) => part.length > 0);
}

/** The host of a URL, without "www.": the domain is the signal (t.me, wa.me), the path is noise. */
function urlDomain(url: string): string {
  const withoutScheme = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  const host = withoutScheme.split(/[/?#]/)[0] ?? '';
  return host.toLowerCase();
}
