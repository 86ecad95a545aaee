import { featurize, type FeatureSettings, type WindowFeatures } from './features.ts';
import { languageOfTokens, type Lang } from './language.ts';
import { tokenize, type Token } from './tokenize.ts';

/** Everything the model and the evidence step need from one post. Pure: same text, same result. */
export interface Preprocessed {
  /** The text the offsets refer to (the input, cut to `maxChars`). */
  text: string;
  tokens: Token[];
  lang: Lang;
  windows: WindowFeatures[];
}

/** Accepts any value so that a caller's bad input becomes an empty post, never an exception. */
export function preprocess(input: unknown, settings: FeatureSettings): Preprocessed {
  const raw = typeof input === 'string' ? input : '';
  const text = raw.length > settings.maxChars ? raw.slice(0, settings.maxChars) : raw;
  const tokens = tokenize(text, settings.maxChars);
  const lang = languageOfTokens(tokens);
  return { text, tokens, lang, windows: featurize(tokens, lang, settings) };
}
