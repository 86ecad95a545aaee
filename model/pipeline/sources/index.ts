/**
 * All dataset loaders, with the licence each SOURCE.md states, so the model card can list what
 * the weights were trained on. Licences are quoted as stated, not legal advice: several sources
 * are research-only and none of their text may be committed or shipped (MANIFEST.md).
 */
import type { LabeledRecord } from '../record.ts';
import type { SourceRecord } from './common.ts';
import { load as loadConan } from './conan.ts';
import { load as loadDavidson } from './davidson.ts';
import { load as loadHatexplain } from './hatexplain.ts';
import { load as loadIsis } from './isis.ts';
import { load as loadPtc } from './ptc.ts';
import { load as loadRomanUrduUci } from './romanUrduUci.ts';
import { load as loadRuhsold } from './ruhsold.ts';
import { load as loadTweeteval } from './tweeteval.ts';
import { load as loadUrduFake } from './urduFake.ts';
import { load as loadUrduHs } from './urduHs.ts';
import { load as loadUrduThreat } from './urduThreat.ts';

export { defaultDataDir } from './common.ts';
export type { SourceRecord } from './common.ts';

export interface SourceInfo {
  /** Loader id (file name in this folder). */
  id: string;
  /** Folder under the data dir. */
  folder: string;
  /** `LabeledRecord.source` values this loader emits. */
  emits: readonly string[];
  load: (dataDir: string) => SourceRecord[];
  /** Licence as stated in the dataset's SOURCE.md. */
  license: string;
  /** The one language its texts are written in, when it has one (it teaches the language detector). */
  language?: 'en' | 'ur' | 'ur-Latn';
  description: string;
}

export const SOURCES: readonly SourceInfo[] = [
  {
    id: 'ptc',
    language: 'en',
    folder: 'ptc_semeval2020_t11',
    emits: ['ptc'],
    load: loadPtc,
    license:
      'None stated; organizers distribute PTC for research via registration (research only, do not redistribute)',
    description: 'PTC / SemEval-2020 Task 11 news sentences (EN) with propaganda-technique spans → technique groups',
  },
  {
    id: 'isis',
    folder: 'isis_fanboy_tweets_kaggle',
    emits: ['isis_fanboy'],
    load: loadIsis,
    license: 'CC0: Public Domain (Kaggle page); the GitHub copy states none; Twitter/X terms apply',
    description: 'Tweets from pro-ISIS accounts (EN/AR), account-level weak extremist positives',
  },
  {
    id: 'davidson',
    language: 'en',
    folder: 'davidson_hate_offensive',
    emits: ['davidson'],
    load: loadDavidson,
    license: 'MIT (Copyright (c) 2017 Tom Davidson); Twitter/X terms apply',
    description: 'Davidson et al. 2017 EN tweets: hate speech / offensive / neither',
  },
  {
    id: 'hatexplain',
    language: 'en',
    folder: 'hatexplain_mbib',
    emits: ['hatexplain'],
    load: loadHatexplain,
    license: 'HateXplain: MIT (HF card: CC-BY-4.0); MBIB CSV: GPL-3.0; Twitter/Gab terms apply',
    description: 'HateXplain EN Twitter+Gab posts (MBIB-normalised): normal / offensive / hatespeech, official split',
  },
  {
    id: 'tweeteval',
    language: 'en',
    folder: 'tweeteval',
    emits: ['tweeteval_hate', 'tweeteval_offensive', 'tweeteval_emotion', 'tweeteval_irony', 'tweeteval_sentiment'],
    load: loadTweeteval,
    license: 'Released without any restrictions; the original task licences and Twitter terms apply',
    description:
      'TweetEval EN tweets: hate (HatEval) and offensive (OLID) with official splits; emotion/irony/sentiment as benign',
  },
  {
    id: 'conan',
    language: 'en',
    folder: 'conan_counter_narratives',
    emits: ['conan', 'conan_multitarget', 'conan_kn'],
    load: loadConan,
    license: 'Research purposes only; cannot be redistributed; cite',
    description: 'CONAN, Multitarget-CONAN, knowledge-grounded CN (EN): hate speech and expert counter-narratives',
  },
  {
    id: 'ruhsold',
    language: 'ur-Latn',
    folder: 'ruhsold_roman_urdu',
    emits: ['ruhsold', 'ruhsold_coarse'],
    load: loadRuhsold,
    license: 'MIT (Copyright (c) 2020 M. Haroon Shakeel); Twitter/X terms apply',
    description: 'RUHSOLD Roman Urdu tweets: abusive / religious hate / sexism / profane / normal',
  },
  {
    id: 'urduThreat',
    language: 'ur',
    folder: 'urdu_threat_fire2022',
    emits: ['urdu_threat'],
    load: loadUrduThreat,
    license: 'Free to use; cite Amjad et al. 2021 when publishing (no formal licence)',
    description: 'Urdu-script tweets (PK): threatening / non-threatening',
  },
  {
    id: 'urduHs',
    language: 'ur',
    folder: 'urdu_hs_youtube_sheikh',
    emits: ['urdu_hs', 'urdu_products'],
    load: loadUrduHs,
    license: 'None stated (student project); treat as research only',
    description:
      'Urdu-script YouTube comments hate/offensive/neutral (noisy) and Urdu product-review sentiment (benign)',
  },
  {
    id: 'romanUrduUci',
    language: 'ur-Latn',
    folder: 'roman_urdu_sentiment_uci',
    emits: ['roman_urdu_uci'],
    load: loadRomanUrduUci,
    license: 'None stated in the copy (UCI #458; HF card: unknown); check UCI terms before redistribution',
    description: 'Roman Urdu reviews/Facebook/Twitter sentences with sentiment, used as benign',
  },
  {
    id: 'urduFake',
    language: 'ur',
    folder: 'urdufake_bend_the_truth',
    emits: ['urdufake_real'],
    load: loadUrduFake,
    license: 'Free to use; cite Amjad et al. 2020 when publishing (research purposes)',
    description: 'Bend the Truth real Urdu news articles, cut into paragraphs, used as benign',
  },
];

/** The language of an emitted source id (`tweeteval_hate` → `en`), when its loader has one. */
export function sourceLanguage(source: string): 'en' | 'ur' | 'ur-Latn' | undefined {
  return SOURCES.find((info) => info.emits.includes(source))?.language;
}

/** Every record of every source, in SOURCES order. */
export function loadAll(dataDir: string): LabeledRecord[] {
  return SOURCES.flatMap((source) => source.load(dataDir));
}
