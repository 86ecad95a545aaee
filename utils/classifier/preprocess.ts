import { featurize, type FeatureSettings, type WindowFeatures } from './features.ts';
import { readingOfWords, type Lang, type Script } from './language.ts';
import { tokenizePost, type Token } from './tokenize.ts';

/** Everything the model and the evidence step need from one post. Pure: same text, same result. */
export interface Preprocessed {
  /** The text the offsets refer to (the input, cut to `maxChars`). */
  text: string;
  tokens: Token[];
  lang: Lang;
  /** The script(s) it is written in: with `lang`, it picks the decision threshold (`ruleFor`). */
  script: Script;
  windows: WindowFeatures[];
}

/** Accepts any value so that a caller's bad input becomes an empty post, never an exception. */
export function preprocess(input: unknown, settings: FeatureSettings): Preprocessed {
  const raw = typeof input === 'string' ? input : '';
  const text = raw.length > settings.maxChars ? raw.slice(0, settings.maxChars) : raw;
  const { tokens, words } = tokenizePost(text, settings.maxChars);
  const { lang, script } = readingOfWords(tokens, words);
  return { text, tokens, lang, script, windows: featurize(tokens, lang, settings, words) };
}
