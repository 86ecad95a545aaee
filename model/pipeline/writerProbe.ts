import type { Lang, Script } from '../../utils/classifier/language.ts';
import type { FlagRule, Sensitivity } from '../../utils/classifier/metadata.ts';
import type { Scores } from '../../utils/classifier/postprocess.ts';
import { harmfulHarmlessRates, harmfulRankingAuc, type ProbeRates } from './identityProbe.ts';
import { flagAndKind, oneOf, readProbeLines } from './probeLines.ts';

/**
 * A probe of Pakistani extremist posts in Urdu and Roman Urdu, and harmless posts in the same words,
 * by a writer who saw none of our authored posts (model/data/probes/pakistan-writer.jsonl). Held-out
 * authored recall is measured on posts by the writers the model learnt from; in English the forum
 * probe, by another writer, was caught far less often than held-out posts, and this probe asks the same
 * of Urdu and Roman Urdu. Never trained on.
 */
export const WRITER_LANGS = ['ur', 'ur-Latn'] as const;
export type WriterLang = (typeof WRITER_LANGS)[number];
export const WRITER_HARMFUL_KINDS = [
  'glorification',
  'recruitment',
  'takfir_sectarian',
  'dehumanisation',
  'threat',
  'conspiracy_fear',
] as const;
export const WRITER_HARMLESS_KINDS = [
  'news',
  'condemnation',
  'counter_speech',
  'religious_peaceful',
  'political_criticism',
  'everyday',
] as const;

export interface WriterProbePost {
  id: string;
  lang: WriterLang;
  harmful: boolean;
  kind: string;
  text: string;
}

function checkPost(fields: Record<string, unknown>, where: string): WriterProbePost {
  return {
    id: fields.id as string,
    lang: oneOf(fields.lang, WRITER_LANGS, 'lang', where),
    ...flagAndKind(fields, WRITER_HARMFUL_KINDS, WRITER_HARMLESS_KINDS, where),
    text: fields.text as string,
  };
}

/** The probe's posts, checked line by line (errors name the file and line; ids must be unique). */
export function readWriterProbe(path: string): WriterProbePost[] {
  return readProbeLines(path, checkPost);
}

export interface WriterProbeLanguageResult {
  /** Flag rates of the harmful posts: recall. */
  harmful: ProbeRates;
  /** Flag rates of the harmless posts in the same words: false flags. */
  harmless: ProbeRates;
  /** Flagged at balanced, by kind of post. */
  byKind: Record<string, { n: number; flagged: number }>;
  /** How well the decision output ranks the harmful posts above the harmless ones, before any threshold. */
  auc: number | null;
}

export function writerProbeRates(
  scored: ReadonlyArray<{ post: WriterProbePost; scores: Scores; lang?: Lang; script?: Script }>,
  rules: Record<Sensitivity, FlagRule>,
): Record<WriterLang, WriterProbeLanguageResult> {
  const out = {} as Record<WriterLang, WriterProbeLanguageResult>;
  for (const lang of WRITER_LANGS) {
    const mine = scored.filter(({ post }) => post.lang === lang);
    out[lang] = {
      ...harmfulHarmlessRates(mine, [...WRITER_HARMFUL_KINDS, ...WRITER_HARMLESS_KINDS], rules),
      auc: harmfulRankingAuc(mine, 'flag'),
    };
  }
  return out;
}
