import { readFileSync } from 'node:fs';
import type { Lang, Script } from '../../utils/classifier/language.ts';
import type { FlagRule, Sensitivity } from '../../utils/classifier/metadata.ts';
import type { Scores } from '../../utils/classifier/postprocess.ts';
import { PROBE_LANGS, probeFires, probeRatesOf, type ProbeLang, type ProbeRates } from './identityProbe.ts';

/**
 * A probe of harmless everyday posts carrying the emoji our authored harmful posts had made into
 * tells (🌹 🤔 🦁 🤫 👀 ⚠ …; model/data/probes/emoji.json). Never trained on: every flag is a false
 * flag that an emoji, not the words, set off.
 */
export interface EmojiProbePost {
  lang: ProbeLang;
  text: string;
}

export function readEmojiProbe(path: string): EmojiProbePost[] {
  const spec = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return PROBE_LANGS.flatMap((lang) => {
    const texts = spec[lang];
    if (!Array.isArray(texts) || texts.length === 0 || !texts.every((t) => typeof t === 'string' && t.trim() !== '')) {
      throw new Error(`${path}: ${lang} must be a non-empty list of posts`);
    }
    return (texts as string[]).map((text) => ({ lang, text }));
  });
}

export interface EmojiProbeLanguageResult extends ProbeRates {
  /** The posts flagged at balanced (our own probe text, so it may be shown). */
  flaggedAtBalanced: string[];
}

export function emojiProbeRates(
  scored: ReadonlyArray<{ post: EmojiProbePost; scores: Scores; lang?: Lang; script?: Script }>,
  rules: Record<Sensitivity, FlagRule>,
): Record<ProbeLang, EmojiProbeLanguageResult> {
  const out = {} as Record<ProbeLang, EmojiProbeLanguageResult>;
  for (const lang of PROBE_LANGS) {
    const items = scored.filter(({ post }) => post.lang === lang);
    const flaggedAtBalanced = items.filter((item) => probeFires(item, rules.balanced)).map(({ post }) => post.text);
    out[lang] = { ...probeRatesOf(items, rules), flaggedAtBalanced };
  }
  return out;
}
