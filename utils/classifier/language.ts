/**
 * Script and language detection for the three languages Basirat reads. Arabic-script text is
 * taken as Urdu (our users' only Arabic-script language in practice; quoted Arabic verses are
 * mixed into Urdu posts); Latin text is English or Roman Urdu by the share of its words that read
 * as each (latinWordLanguage.ts).
 */
import { createLatinWordVoter, unpackLatinWordModel } from './latinWordLanguage.ts';
import { LATIN_WORD_MODEL } from './latinWordWeights.ts';
import type { Token } from './tokenize.ts';
import type { WordEntry } from './wordEntry.ts';

export type Lang = 'en' | 'ur' | 'ur-Latn' | 'mixed' | 'und';

/** Votes per Latin word: +1 Roman Urdu, −1 English, 0 unsure. */
export type LatinWordVoter = (word: string) => -1 | 0 | 1;

const shippedVoter = createLatinWordVoter(unpackLatinWordModel(LATIN_WORD_MODEL));

export interface ScriptCounts {
  arabic: number;
  latin: number;
}

/**
 * The script(s) a post is written in, by the rule `readingOfTokens` reads it with: a script with under a
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

/**
 * Arabic-script letters: U+0600–06FF, U+0750–077F, U+FB50–FDFF, U+FE70–FEFF. Latin: A–Z, a–z,
 * U+00C0–024F. All lie in the BMP and none is a surrogate, so counting UTF-16 code units counts the
 * same characters as matching code points would, without building an array of matches.
 */
function addScriptCounts(text: string, counts: ScriptCounts): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) counts.latin++;
    } else if (code >= 0xc0 && code <= 0x24f) {
      counts.latin++;
    } else if (
      (code >= 0x600 && code <= 0x6ff) ||
      (code >= 0x750 && code <= 0x77f) ||
      (code >= 0xfb50 && code <= 0xfdff) ||
      (code >= 0xfe70 && code <= 0xfeff)
    ) {
      counts.arabic++;
    }
  }
}

export function countScripts(text: string): ScriptCounts {
  const counts = { arabic: 0, latin: 0 };
  addScriptCounts(text, counts);
  return counts;
}

/** The language of a post not in Latin letters alone. */
function langOfScript(script: Exclude<Script, 'latin'>): Lang {
  if (script === 'none') return 'und';
  if (script === 'arabic') return 'ur';
  return 'mixed';
}

/** The language of a post in Latin letters, by its words' votes for Roman Urdu and English. */
function latinLang(urdu: number, english: number): Lang {
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
    const word = token.kind === 'word' ? latinWordOf(token.norm) : undefined;
    if (word !== undefined) out.push(word);
  }
  return out;
}

/** A normalised word as the language model reads it, or undefined when it is no Latin-script word. */
function latinWordOf(norm: string): string | undefined {
  return LATIN_WORD_RE.test(norm) ? norm.replace(APOSTROPHE_RE, '') : undefined;
}

/** A post's language and script(s): `mixed` is Urdu script beside Latin, or English and Roman Urdu in Latin letters. */
export interface Reading {
  lang: Lang;
  script: Script;
}

/**
 * How a tokenised post reads. Hashtags, links and mentions are often in another script than the post:
 * only words count. A script with under a quarter of the letters is a minority (a hashtag, a quoted
 * word) and does not make the post "mixed"; a post in Latin letters alone is read by its words' votes.
 */
export function readingOfTokens(tokens: readonly Token[], vote: LatinWordVoter = shippedVoter): Reading {
  return reading(tokens, [], vote);
}

/**
 * `readingOfTokens` with the shipped voter, given the tokens' word entries (`tokenizePost`): the same
 * reading, with each word's letters and vote kept in its entry instead of counted and looked up again.
 */
export function readingOfWords(tokens: readonly Token[], words: ReadonlyArray<WordEntry | undefined>): Reading {
  return reading(tokens, words, shippedVoter);
}

function reading(tokens: readonly Token[], words: ReadonlyArray<WordEntry | undefined>, vote: LatinWordVoter): Reading {
  const counts = { arabic: 0, latin: 0 };
  let urdu = 0;
  let english = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word') continue;
    const v = readWord(token.norm, words[i], vote, counts);
    if (v > 0) urdu++;
    else if (v < 0) english++;
  }
  const script = scriptOf(counts);
  return { lang: script === 'latin' ? latinLang(urdu, english) : langOfScript(script), script };
}

/**
 * Adds one word's letters to `counts` and returns its vote. Its entry keeps both, but only for the
 * shipped voter: a vote by another voter (training the language model) is never cached.
 */
function readWord(norm: string, entry: WordEntry | undefined, vote: LatinWordVoter, counts: ScriptCounts): -1 | 0 | 1 {
  if (entry === undefined || entry.norm !== norm || vote !== shippedVoter) {
    addScriptCounts(norm, counts);
    const word = latinWordOf(norm);
    return word === undefined ? 0 : vote(word);
  }
  if (entry.arabicLetters < 0) {
    const own = countScripts(entry.norm);
    entry.latinLetters = own.latin;
    entry.arabicLetters = own.arabic;
  }
  counts.arabic += entry.arabicLetters;
  counts.latin += entry.latinLetters;
  if (entry.vote === 2) {
    const word = latinWordOf(entry.norm);
    entry.vote = word === undefined ? 0 : shippedVoter(word);
  }
  return entry.vote;
}
