/**
 * Trains the Latin-word language model (utils/classifier/latinWordLanguage.ts) from posts of known
 * language. Words are labelled by their post's language, so English words inside Roman Urdu posts
 * are noise; counting each word's uses per language and balancing the two languages lets a word's
 * weight settle near the log-ratio of its frequencies: "the" stays English although Roman Urdu
 * posts use it, "hai" is Urdu, and a name both use ends near zero and does not vote.
 */
import { latinWordFeatures, type LatinWordModel } from '../../utils/classifier/latinWordLanguage.ts';

export interface LanguageTrainingOptions {
  bits: number;
  maxNgram: number;
  margin: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Counts are raised to this power, so the commonest words do not take all the updates. */
  countPower: number;
}

export interface LabelledPost {
  language: 'en' | 'ur-Latn';
  words: readonly string[];
  /** How much each use of a word in this post counts (our authored posts count more). */
  weight: number;
}

export interface LanguageTrainingSummary {
  distinctWords: number;
  wordUses: { en: number; 'ur-Latn': number };
}

/** A small deterministic generator: the shipped weights must not depend on Math.random. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 0x1_0000_0000;
  };
}

export function trainLatinWordModel(
  posts: Iterable<LabelledPost>,
  options: LanguageTrainingOptions,
): { model: LatinWordModel; summary: LanguageTrainingSummary } {
  const counts = new Map<string, { en: number; ur: number }>();
  const uses = { en: 0, 'ur-Latn': 0 };
  for (const post of posts) {
    for (const word of post.words) {
      let count = counts.get(word);
      if (count === undefined) counts.set(word, (count = { en: 0, ur: 0 }));
      if (post.language === 'en') count.en += post.weight;
      else count.ur += post.weight;
      uses[post.language] += post.weight;
    }
  }
  if (uses.en === 0 || uses['ur-Latn'] === 0) throw new Error('language training needs words of both languages');
  // English text is the larger part of the data: scale it so both languages weigh the same.
  const balance = uses['ur-Latn'] / uses.en;
  const examples = [...counts].map(([word, count]) => ({
    features: latinWordFeatures(word, options.bits, options.maxNgram),
    english: Math.pow(count.en * balance, options.countPower),
    urdu: Math.pow(count.ur, options.countPower),
  }));

  const weights = new Float64Array(1 << options.bits);
  const squaredGradients = new Float64Array(weights.length).fill(1e-8);
  const random = lcg(20261129);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = examples.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [examples[i], examples[j]] = [examples[j]!, examples[i]!];
    }
    for (const example of examples) {
      let z = 0;
      for (const feature of example.features) z += weights[feature]!;
      const p = 1 / (1 + Math.exp(-z));
      // Gradient of the word's weighted log-loss over both of its labels at once.
      const gradient = example.urdu * (p - 1) + example.english * p;
      for (const feature of example.features) {
        const g = gradient + options.l2 * weights[feature]!;
        squaredGradients[feature]! += g * g;
        weights[feature]! -= (options.learningRate * g) / Math.sqrt(squaredGradients[feature]!);
      }
    }
  }
  return {
    // No separate bias: every word has the "<" unigram, whose weight plays that part.
    model: { bits: options.bits, maxNgram: options.maxNgram, bias: 0, margin: options.margin, weights },
    summary: { distinctWords: examples.length, wordUses: uses },
  };
}
