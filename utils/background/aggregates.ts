import type { BasiratDb } from '../db.ts';
import type { PostVerdict } from '../messaging.ts';
import type { SiteId } from '../sites/types.ts';

/** Local day as YYYY-MM-DD: summaries are read by people in their own time zone. */
export function dayOf(time: number): string {
  const date = new Date(time);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The categories one batch adds to: how many were scored, flagged, and by which harm and technique. */
export function countVerdicts(verdicts: readonly PostVerdict[]): Map<string, number> {
  const counts = new Map<string, number>([['scored', verdicts.length]]);
  for (const verdict of verdicts) {
    if (!verdict.flagged) continue;
    for (const category of ['flagged', ...verdict.harms, ...verdict.techniques]) {
      counts.set(category, (counts.get(category) ?? 0) + 1);
    }
  }
  return counts;
}

/** Adds a batch's counts to today's aggregates. Counts only: no text, URL or account ever reaches this table. */
export async function addAggregates(
  db: BasiratDb,
  site: SiteId,
  verdicts: readonly PostVerdict[],
  now = Date.now(),
): Promise<void> {
  const day = dayOf(now);
  const counts = countVerdicts(verdicts);
  await db.transaction('rw', db.aggregates, async () => {
    for (const [category, count] of counts) {
      const id = `${day}|${site}|${category}`;
      const existing = await db.aggregates.get(id);
      await db.aggregates.put({ id, day, site, category, count: (existing?.count ?? 0) + count });
    }
  });
}
