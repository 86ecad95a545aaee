/*
 * Word overlap between authored posts and the texts that must stay unseen (tests, probes, the bench feed)
 * or unduplicated (other authored posts). A near-copy of a test sentence in training makes that test
 * measure memory; a near-copy of another authored post can sit in train and test at once.
 */

const WORD_RE = /[\p{L}\p{N}]+/gu;
const MARK_RE = /\p{M}/gu;

/**
 * The set of lowercased words (letters and digits of any script) of a text. Combining marks are dropped
 * first, so "گستاخِ" (with the izafat vowel) and "گستاخ" are one word.
 */
export function wordSet(text: string): Set<string> {
  return new Set(text.normalize('NFD').replace(MARK_RE, '').normalize('NFC').toLowerCase().match(WORD_RE) ?? []);
}

/** Shared words over all words of the two sets; 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

const STRING_RE = /'([^'\n]{15,})'|"([^"\n]{15,})"|`([^`]{15,})`|>([^<>]{15,})</g;

/**
 * Sentences inside a source or fixture file: string literals and HTML text of 15 characters or more.
 * Over-inclusive on purpose (code strings come along); they simply match no post.
 */
export function embeddedTexts(source: string): string[] {
  const out: string[] = [];
  for (const match of source.matchAll(STRING_RE)) {
    const text = match.slice(1).find((group) => group !== undefined);
    if (text !== undefined) out.push(text);
  }
  return out;
}

export interface Labelled {
  id: string;
  text: string;
}

export interface ClosePair {
  candidate: Labelled;
  reference: Labelled;
  similarity: number;
}

/**
 * Candidate/reference pairs at or above `threshold`, most similar first. Texts of fewer than
 * `minWords` distinct words are skipped: two short greetings share half their words by chance.
 */
export function closePairs(
  candidates: readonly Labelled[],
  references: readonly Labelled[],
  threshold: number,
  minWords = 4,
): ClosePair[] {
  const refs = references.map((reference) => ({ reference, words: wordSet(reference.text) }));
  const byWord = new Map<string, number[]>();
  refs.forEach(({ words }, index) => {
    if (words.size < minWords) return;
    for (const word of words) {
      const list = byWord.get(word);
      if (list) list.push(index);
      else byWord.set(word, [index]);
    }
  });
  const pairs: ClosePair[] = [];
  for (const candidate of candidates) {
    const words = wordSet(candidate.text);
    if (words.size < minWords) continue;
    const seen = new Set<number>();
    for (const word of words) for (const index of byWord.get(word) ?? []) seen.add(index);
    for (const index of seen) {
      const ref = refs[index]!;
      if (ref.reference.id === candidate.id) continue;
      const similarity = jaccard(words, ref.words);
      if (similarity >= threshold) pairs.push({ candidate, reference: ref.reference, similarity });
    }
  }
  // Two candidates close to each other are one finding, not two.
  const seenPairs = new Set<string>();
  const unique = pairs.filter(({ candidate, reference }) => {
    const key = [candidate.id, reference.id].sort().join('\n');
    if (seenPairs.has(key)) return false;
    seenPairs.add(key);
    return true;
  });
  return unique.sort((a, b) => b.similarity - a.similarity);
}
