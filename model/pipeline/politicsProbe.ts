import type { Lang, Script } from '../../utils/classifier/language.ts';
import type { FlagRule, Sensitivity } from '../../utils/classifier/metadata.ts';
import type { Scores } from '../../utils/classifier/postprocess.ts';
import { harmlessProbeRates, type HarmlessProbeLanguageResult } from './identityProbe.ts';
import { readLangKindProbe, type LangKindPost } from './probeLines.ts';

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

export type PoliticsProbePost = LangKindPost<PoliticsLang>;

/** The probe's posts, checked line by line (errors name the file and line; ids must be unique). */
export function readPoliticsProbe(path: string): PoliticsProbePost[] {
  return readLangKindProbe(path, POLITICS_LANGS, POLITICS_KINDS);
}

export function politicsProbeRates(
  scored: ReadonlyArray<{ post: PoliticsProbePost; scores: Scores; lang?: Lang; script?: Script }>,
  rules: Record<Sensitivity, FlagRule>,
): Record<PoliticsLang, HarmlessProbeLanguageResult> {
  return harmlessProbeRates(scored, rules, POLITICS_LANGS, POLITICS_KINDS);
}
