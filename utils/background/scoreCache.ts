import { SCORE_TTL_MS, type BasiratDb } from '../db.ts';
import type { PostVerdict } from '../messaging.ts';

/** Verdict cache by key. Never throws: a broken database means recomputing, not failing. */
export interface ScoreCache {
  getMany(keys: readonly string[]): Promise<Array<PostVerdict | undefined>>;
  putMany(entries: ReadonlyArray<{ key: string; verdict: PostVerdict }>): Promise<void>;
  /** Deletes entries older than the retention period; returns how many. */
  expire(now?: number): Promise<number>;
}

/**
 * `openDb` is called lazily and again after a failure: a corrupt or blocked database is deleted
 * and recreated once; if that fails too, the cache stays off for this worker's life.
 */
export function createScoreCache(openDb: () => BasiratDb, log: (message: string) => void = console.warn): ScoreCache {
  let db: BasiratDb | undefined;
  let disabled = false;
  let recovered = false;

  async function withDb<T>(fallback: T, action: (db: BasiratDb) => Promise<T>): Promise<T> {
    if (disabled) return fallback;
    try {
      db ??= openDb();
      return await action(db);
    } catch (error) {
      log(`basirat: score cache error: ${String(error)}`);
      db?.close();
      db = undefined;
      if (recovered) {
        disabled = true;
        return fallback;
      }
      recovered = true;
      try {
        const broken = openDb();
        await broken.delete();
        db = openDb();
        return await action(db);
      } catch (again) {
        log(`basirat: score cache disabled: ${String(again)}`);
        disabled = true;
        return fallback;
      }
    }
  }

  return {
    getMany(keys) {
      return withDb(
        keys.map(() => undefined),
        async (store) => (await store.scores.bulkGet([...keys])).map((entry) => entry?.verdict),
      );
    },
    putMany(entries) {
      const now = Date.now();
      return withDb(undefined, async (store) => {
        await store.scores.bulkPut(entries.map(({ key, verdict }) => ({ key, verdict, createdAt: now })));
      });
    },
    expire(now = Date.now()) {
      return withDb(0, (store) =>
        store.scores
          .where('createdAt')
          .below(now - SCORE_TTL_MS)
          .delete(),
      );
    },
  };
}
