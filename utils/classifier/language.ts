/**
 * Script and language detection for the three languages Basirat reads. Arabic-script text is
 * taken as Urdu (our users' only Arabic-script language in practice; quoted Arabic verses are
 * mixed into Urdu posts); Latin text is English or Roman Urdu by the share of its words that read
 * as each (latinWordLanguage.ts).
 */
import { createLatinWordVoter, unpackLatinWordModel } from './latinWordLanguage.ts';
import { LATIN_WORD_MODEL } from './latinWordWeights.ts';
import type { Token } from './tokenize.ts';

export type Lang = 'en' | 'ur' | 'ur-Latn' | 'mixed' | 'und';

/** Votes per Latin word: +1 Roman Urdu, −1 English, 0 unsure. */
export type LatinWordVoter = (word: string) => -1 | 0 | 1;

const shippedVoter = createLatinWordVoter(unpackLatinWordModel(LATIN_WORD_MODEL));

const ARABIC_LETTER_RE = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN_LETTER_RE = /[A-Za-z\u00C0-\u024F]/gu;

export interface ScriptCounts {
  arabic: number;
  latin: number;
}

/**
 * The script(s) a post is written in, by the same rule as `detectLanguage`: a script with under a
 * quarter of the letters is a minority and does not count. `none`: no letter of either.
 */
export type Script = 'arabic' | 'latin' | 'both' | 'none';

export function scriptOf(counts: ScriptCounts): Script {
  const letters = counts.arabic + counts.latin;
  if (letters === 0) return 'none';
  const arabicShare = counts.arabic / letters;
  if (arabicShare >= 0.75) return 'arabic';
  return arabicShare > 0.25 ? 'both' : 'latin';
}

export function countScripts(text: string): ScriptCounts {
  return {
    arabic: text.match(ARABIC_LETTER_RE)?.length ?? 0,
    latin: text.match(LATIN_LETTER_RE)?.length ?? 0,
  };
}

/**
 * `latinWords` are the normalised Latin-script words of the text. A script with under a quarter of
 * the letters is a minority (a hashtag, a quoted word) and does not make the post "mixed".
 */
export function detectLanguage(
  counts: ScriptCounts,
  latinWords: readonly string[],
  vote: LatinWordVoter = shippedVoter,
): Lang {
  const script = scriptOf(counts);
  if (script === 'none') return 'und';
  if (script === 'arabic') return 'ur';
  if (script === 'both') return 'mixed';
  let urdu = 0;
  let english = 0;
  for (const word of latinWords) {
    const v = vote(word);
    if (v > 0) urdu++;
    else if (v < 0) english++;
  }
  if (urdu === 0) return 'en';
  if (english === 0) return 'ur-Latn';
  const urduShare = urdu / (urdu + english);
  if (urduShare >= 0.6) return 'ur-Latn';
  if (urduShare <= 0.25) return 'en';
  return 'mixed';
}

const LATIN_WORD_RE = /^[a-z]+(?:['’][a-z]+)*$/;
const APOSTROPHE_RE = /['’]/g;

/**
 * The Latin-script words of a tokenised post as the language model reads them. Apostrophes are
 * dropped rather than the word ("it's" → "its"): contractions are some of the surest English.
 */
export function latinWordsOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'word' && LATIN_WORD_RE.test(token.norm)) out.push(token.norm.replace(APOSTROPHE_RE, ''));
  }
  return out;
}

/** A post's language and script(s): `mixed` is Urdu script beside Latin, or English and Roman Urdu in Latin letters. */
export interface Reading {
  lang: Lang;
  script: Script;
}

/** How a tokenised post reads. Hashtags, links and mentions are often in another script than the post: only words count. */
export function readingOfTokens(tokens: readonly Token[], vote: LatinWordVoter = shippedVoter): Reading {
  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
  const counts = countScripts(words.join(' '));
  return { lang: detectLanguage(counts, latinWordsOf(tokens), vote), script: scriptOf(counts) };
}
