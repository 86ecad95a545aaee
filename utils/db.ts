/**
 * The extension's IndexedDB (Dexie), used only from extension contexts (content scripts see the
 * page's IndexedDB, not ours). Every version() stays here; shapes change through upgrade().
 * No post text is stored except feedback the user chose to give.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { PostVerdict } from './messaging.ts';
import type { StoredPack, UpdateCheck } from './resources/store.ts';
import type { SiteId } from './sites/types.ts';

/** A cached verdict, keyed by model version, sensitivity and the sha256 of the text (not the text). */
export interface CachedScore {
  key: string;
  verdict: PostVerdict;
  createdAt: number;
}

/** Aggregate counts only: per day, site and category. Never text, URLs or account names. */
export interface AggregateCount {
  id: string;
  day: string;
  site: SiteId;
  /** `scored`, `flagged`, a harm head or a technique id. */
  category: string;
  count: number;
}

/** Feedback the user gave with "not propaganda?" / "this was harmful"; exportable by the user. */
export interface FeedbackEntry {
  id?: number;
  createdAt: number;
  site: SiteId;
  verdict: 'not_propaganda' | 'harmful';
  techniques: string[];
  text: string;
  modelVersion: string;
}

/** The downloaded resource pack (signed envelope, verified again on load) and the last update check. */
export type ResourceRow = ({ id: 'pack' } & StoredPack) | ({ id: 'check' } & UpdateCheck);

export type BasiratDb = Dexie & {
  scores: EntityTable<CachedScore, 'key'>;
  aggregates: EntityTable<AggregateCount, 'id'>;
  feedback: EntityTable<FeedbackEntry, 'id'>;
  resources: EntityTable<ResourceRow, 'id'>;
};

export const DB_NAME = 'basirat';
/** Cached scores older than this are deleted (issue #5: retention). */
export const SCORE_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export function openDb(name = DB_NAME): BasiratDb {
  const db = new Dexie(name) as BasiratDb;
  db.version(1).stores({
    scores: 'key, createdAt',
    aggregates: 'id, day, site, category',
    feedback: '++id, createdAt',
  });
  // Issue #4: the resource pack cache. A new table needs no upgrade(): existing data is untouched.
  db.version(2).stores({
    resources: 'id',
  });
  return db;
}
