/**
 * Per-tab warnings for the popup. The background already sees every classify request with its tab,
 * so it keeps, per tab and page load: how many posts were scored, and for flagged posts a short
 * excerpt, the findings and the post's key. Held in memory and mirrored to storage.session (kept in
 * memory by the browser, gone when it closes, readable by extension pages only) so a restarted
 * service worker still knows; never written to disk, and forgotten when the tab navigates or closes.
 */
import type { HarmHead, TechniqueHead } from '../classifier/heads.ts';
import { EXCERPT_CHARS, MAX_TAB_WARNINGS, type PostVerdict, type TabSummary, type TabWarning } from '../messaging.ts';
import type { SiteId } from '../sites/types.ts';

/** The parts of storage.session used here. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

interface Counts {
  flagged: number;
  byHarm: Partial<Record<HarmHead, number>>;
  byTechnique: Partial<Record<TechniqueHead, number>>;
}

interface TabRecord {
  host: string | null;
  site: SiteId | null;
  /** Keys of posts counted as scored, so a post scored again (edit, sensitivity) counts once. */
  scoredKeys: string[];
  /** Posts scored after scoredKeys was full. */
  scoredOverflow: number;
  warnings: TabWarning[];
  /** Flagged posts after `warnings` was full: counted, not listed. */
  overflow: Counts;
}

export interface ScoredBatch {
  tabId: number;
  /** The sender's frame URL; only its hostname is kept. */
  url: string | undefined;
  site: SiteId;
  keys: readonly string[];
  texts: readonly string[];
  verdicts: readonly PostVerdict[];
}

export interface TabStore {
  record(batch: ScoredBatch): Promise<void>;
  summary(tabId: number): Promise<TabSummary>;
  forget(tabId: number): Promise<void>;
  /** Drops every tab (clear local data). */
  forgetAll(): Promise<void>;
}

const MAX_SCORED_KEYS = 5000;
const MAX_EVIDENCE = 4;
const MAX_EVIDENCE_CHARS = 80;
const storageKey = (tabId: number): string => `tab:${tabId}`;

function emptyCounts(): Counts {
  return { flagged: 0, byHarm: {}, byTechnique: {} };
}

function emptyRecord(): TabRecord {
  return { host: null, site: null, scoredKeys: [], scoredOverflow: 0, warnings: [], overflow: emptyCounts() };
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname || null : null;
  } catch {
    return null;
  }
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function toWarning(key: string, text: string, verdict: PostVerdict): TabWarning {
  const evidence = [...new Set(verdict.evidence.map((span) => clip(span.text, MAX_EVIDENCE_CHARS)))]
    .filter((item) => item !== '')
    .slice(0, MAX_EVIDENCE);
  return {
    key,
    excerpt: clip(text, EXCERPT_CHARS),
    harms: [...new Set(verdict.harms)],
    techniques: [...new Set(verdict.techniques)],
    evidence,
    severity: verdict.severity,
    confidence: verdict.confidence,
    lang: verdict.lang,
  };
}

function addCounts(counts: Counts, warning: Pick<TabWarning, 'harms' | 'techniques'>): void {
  counts.flagged += 1;
  for (const harm of warning.harms) counts.byHarm[harm] = (counts.byHarm[harm] ?? 0) + 1;
  for (const technique of warning.techniques) counts.byTechnique[technique] = (counts.byTechnique[technique] ?? 0) + 1;
}

/** Adds one batch to a tab's record (pure, for tests). */
export function applyBatch(record: TabRecord, batch: ScoredBatch): TabRecord {
  const next: TabRecord = structuredClone(record);
  next.host = hostOf(batch.url) ?? next.host;
  next.site = batch.site;
  const scored = new Set(next.scoredKeys);
  batch.verdicts.forEach((verdict, index) => {
    const key = batch.keys[index];
    const text = batch.texts[index];
    if (key === undefined || text === undefined) return;
    if (!scored.has(key)) {
      if (next.scoredKeys.length < MAX_SCORED_KEYS) {
        next.scoredKeys.push(key);
        scored.add(key);
      } else next.scoredOverflow += 1;
    }
    const existing = next.warnings.findIndex((warning) => warning.key === key);
    if (!verdict.flagged) {
      if (existing >= 0) next.warnings.splice(existing, 1);
      return;
    }
    const warning = toWarning(key, text, verdict);
    if (existing >= 0) next.warnings[existing] = warning;
    else if (next.warnings.length < MAX_TAB_WARNINGS) next.warnings.push(warning);
    else addCounts(next.overflow, warning);
  });
  return next;
}

export function summarize(tabId: number, record: TabRecord): TabSummary {
  const counts = structuredClone(record.overflow);
  for (const warning of record.warnings) addCounts(counts, warning);
  return {
    tabId,
    host: record.host,
    site: record.site,
    scored: record.scoredKeys.length + record.scoredOverflow,
    flagged: counts.flagged,
    byHarm: counts.byHarm,
    byTechnique: counts.byTechnique,
    warnings: record.warnings,
  };
}

function readRecord(value: unknown): TabRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Partial<TabRecord>;
  if (!Array.isArray(record.scoredKeys) || !Array.isArray(record.warnings) || !record.overflow) return undefined;
  return { ...emptyRecord(), ...record } as TabRecord;
}

/**
 * `session` may be undefined (no storage.session, e.g. older Firefox): memory only then. Updates of
 * one tab are chained so concurrent batches never overwrite each other.
 */
export function createTabStore(session: SessionArea | undefined, log: (message: string) => void = console.warn) {
  const records = new Map<number, TabRecord>();
  const queues = new Map<number, Promise<unknown>>();

  async function load(tabId: number): Promise<TabRecord> {
    const known = records.get(tabId);
    if (known) return known;
    let stored: TabRecord | undefined;
    try {
      stored = session ? readRecord((await session.get(storageKey(tabId)))[storageKey(tabId)]) : undefined;
    } catch (error) {
      log(`basirat: tab state unavailable: ${String(error)}`);
    }
    const record = records.get(tabId) ?? stored ?? emptyRecord();
    records.set(tabId, record);
    return record;
  }

  function serial<T>(tabId: number, task: () => Promise<T>): Promise<T> {
    const run = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
    queues.set(
      tabId,
      run.catch(() => undefined),
    );
    return run;
  }

  const store: TabStore = {
    record(batch) {
      return serial(batch.tabId, async () => {
        const next = applyBatch(await load(batch.tabId), batch);
        records.set(batch.tabId, next);
        await session?.set({ [storageKey(batch.tabId)]: next }).catch((error: unknown) => {
          log(`basirat: could not keep tab state: ${String(error)}`);
        });
      });
    },
    summary(tabId) {
      return serial(tabId, async () => summarize(tabId, await load(tabId)));
    },
    forget(tabId) {
      return serial(tabId, async () => {
        records.set(tabId, emptyRecord());
        await session?.remove(storageKey(tabId)).catch(() => undefined);
        records.delete(tabId);
      });
    },
    async forgetAll() {
      const ids = [...records.keys()];
      records.clear();
      await Promise.all(ids.map((id) => session?.remove(storageKey(id)).catch(() => undefined)));
    },
  };
  return store;
}
