import { normalizeToken } from './normalize.ts';

/**
 * Words near a negation. "Afghans aren't rats" and "Afghans are rats" share every word but one, and
 * counter-speech is mostly made of such denials; so a word near a negator gets a second, "negated"
 * feature (see `featurize`), as quoted words do. English puts the negator before what it denies,
 * Urdu and Roman Urdu after it ("chuhe nahi hain", "چوہے نہیں ہیں"), hence a scope on both sides.
 * The scope stops at the end of a sentence.
 */
export const NEGATED_BEFORE = 2;
export const NEGATED_AFTER = 3;

const NEGATOR_WORDS = [
  // English, with and without the apostrophe phones drop.
  ...['not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'cannot'],
  ...['dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'aint', 'wont', 'cant', 'shouldnt', 'wouldnt'],
  ...['couldnt', 'havent', 'hasnt', 'hadnt', 'mustnt'],
  // Roman Urdu: "na" is left out, since it is as often a tag ("hai na?") as a negator.
  ...['nahi', 'nahin', 'nahee', 'nai', 'nhi', 'ni', 'mat', 'mt', 'matt'],
  // Urdu (نا is left out for the same reason as "na").
  ...['نہیں', 'نہ', 'مت', 'ہرگز'],
];

/** Negators as tokens normalise them, apostrophes removed. */
const NEGATORS = new Set(NEGATOR_WORDS.map((word) => withoutApostrophes(normalizeToken(word))));

function withoutApostrophes(word: string): string {
  return word.replace(/['’]/g, '');
}

/** Whether a normalised token negates: a listed word, or any English "…n't" contraction. */
export function isNegator(norm: string): boolean {
  return NEGATORS.has(withoutApostrophes(norm)) || /n['’]t$/.test(norm);
}

const SENTENCE_END_RE = /[.!?;:\n۔؟]/;

/**
 * Per token: whether it lies within the negation scope of another token. Tokens are given by their
 * normalised form and UTF-16 offsets into `text` (sentence ends are looked up between them).
 */
export function negatedFlags(
  text: string,
  tokens: ReadonlyArray<{ norm: string; start: number; end: number }>,
): boolean[] {
  const flags = tokens.map(() => false);
  const negators = tokens.map((token) => isNegator(token.norm));
  if (!negators.includes(true)) return flags; // most posts: no need to look for sentence ends
  // breakBefore[i]: a sentence ends between token i-1 and token i.
  const breakBefore = tokens.map(
    (token, i) => i > 0 && SENTENCE_END_RE.test(text.slice((tokens[i - 1] as { end: number }).end, token.start)),
  );
  negators.forEach((negator, at) => {
    if (!negator) return;
    for (let i = at + 1; i < tokens.length && i <= at + NEGATED_AFTER && !breakBefore[i]; i++) flags[i] = true;
    for (let i = at - 1; i >= 0 && i >= at - NEGATED_BEFORE && !breakBefore[i + 1]; i--) flags[i] = true;
  });
  // A negator is marked only when another negator's scope reaches it ("not never"); that is harmless.
  return flags;
}
