import type { Lang, Script } from '../../utils/classifier/language.ts';
import type { FlagRule, Sensitivity } from '../../utils/classifier/metadata.ts';
import type { Scores } from '../../utils/classifier/postprocess.ts';
import { probeFires, probeRatesOf, type ProbeRates } from './identityProbe.ts';
import { readProbeLines } from './probeLines.ts';

/**
 * A probe of ordinary Pakistani political tweets in Urdu and Roman Urdu, all harmless: angry, partisan
 * and sarcastic criticism of parties, politicians, courts and the establishment, slogans, calls to
 * peaceful protest and to vote (model/data/probes/politics.jsonl). A keyword-and-n-gram baseline flagged
 * 47% of such tweets in the sealed evaluation set; every flag here is a false flag. Never trained on.
 */
export const POLITICS_LANGS = ['ur', 'ur-Latn'] as const;
export type PoliticsLang = (typeof POLITICS_LANGS)[number];
export const POLITICS_KINDS = [
  'criticism',
  'support',
  'sarcasm',
  'protest_call',
  'news_reaction',
  'economy',
  'election',
] as const;

export interface PoliticsProbePost {
  id: string;
  lang: PoliticsLang;
  kind: string;
  text: string;
}

function checkPost(fields: Record<string, unknown>, where: string): PoliticsProbePost {
  const { lang, kind } = fields;
  if (typeof lang !== 'string' || !(POLITICS_LANGS as readonly string[]).includes(lang)) {
    throw new Error(`${where}: lang must be one of ${POLITICS_LANGS.join(', ')}`);
  }
  if (typeof kind !== 'string' || !(POLITICS_KINDS as readonly string[]).includes(kind)) {
    throw new Error(`${where}: kind must be one of ${POLITICS_KINDS.join(', ')}`);
  }
  return { id: fields.id as string, lang: lang as PoliticsLang, kind, text: fields.text as string };
}

/** The probe's tweets, checked line by line (errors name the file and line; ids must be unique). */
export function readPoliticsProbe(path: string): PoliticsProbePost[] {
  return readProbeLines(path, checkPost);
}

export interface PoliticsProbeLanguageResult extends ProbeRates {
  /** Flagged at balanced, by kind of tweet. */
  byKind: Record<string, { n: number; flagged: number }>;
  /** The tweets flagged at balanced (our own probe text, so it may be shown). */
  flaggedAtBalanced: string[];
}

export function politicsProbeRates(
  scored: ReadonlyArray<{ post: PoliticsProbePost; scores: Scores; lang?: Lang; script?: Script }>,
  rules: Record<Sensitivity, FlagRule>,
): Record<PoliticsLang, PoliticsProbeLanguageResult> {
  const out = {} as Record<PoliticsLang, PoliticsProbeLanguageResult>;
  for (const lang of POLITICS_LANGS) {
    const mine = scored.filter(({ post }) => post.lang === lang);
    const flagged = mine.filter((item) => probeFires(item, rules.balanced));
    const byKind: Record<string, { n: number; flagged: number }> = {};
    for (const kind of POLITICS_KINDS) {
      const n = mine.filter(({ post }) => post.kind === kind).length;
      if (n > 0) byKind[kind] = { n, flagged: flagged.filter(({ post }) => post.kind === kind).length };
    }
    out[lang] = { ...probeRatesOf(mine, rules), byKind, flaggedAtBalanced: flagged.map(({ post }) => post.text) };
  }
  return out;
}
