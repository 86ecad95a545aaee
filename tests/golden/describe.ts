import { FEATURE_SETTINGS, tokenFeatureStrings } from '../../utils/classifier/features.ts';
import { preprocess } from '../../utils/classifier/preprocess.ts';

/** A readable, complete description of what preprocessing does to one text, for golden files. */
export function describePreprocessing(text: string) {
  const pre = preprocess(text, FEATURE_SETTINGS);
  return {
    text,
    lang: pre.lang,
    tokens: pre.tokens.map(
      (t) =>
        `${t.kind}:${t.norm}@${t.start}-${t.end}${t.parts ? `[${t.parts.join(' ')}]` : ''}${t.quoted ? ' (quoted)' : ''}${t.negated ? ' (negated)' : ''}`,
    ),
    features: pre.tokens.slice(0, 3).map((t) => tokenFeatureStrings(t, FEATURE_SETTINGS).slice(0, 6)),
    windows: pre.windows.map((w) => ({ count: w.ids.length, ids: Array.from(w.ids.slice(0, 12)) })),
  };
}
