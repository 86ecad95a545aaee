/**
 * The weekly summary, computed from the aggregate counts only (per day, site and category): there is
 * no post text, URL or account name in the input, so there can be none in the output.
 */
import { HARM_HEADS, TECHNIQUE_HEADS, type HarmHead, type TechniqueHead } from '../classifier/heads.ts';
import type { AggregateCount } from '../db.ts';
import { SITE_IDS, type SiteId } from '../sites/types.ts';

export const SUMMARY_DAYS = 7;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DayCount {
  day: string;
  scored: number;
  flagged: number;
}

export interface SiteCount {
  site: SiteId;
  scored: number;
  flagged: number;
}

export interface WeeklySummary {
  /** First and last day, inclusive, as local YYYY-MM-DD. */
  from: string;
  to: string;
  /** Every day of the period, oldest first, zero-filled. */
  days: DayCount[];
  harms: Record<HarmHead, number>;
  techniques: Record<TechniqueHead, number>;
  /** Sites with any post scored, most scored first. */
  sites: SiteCount[];
  totals: { scored: number; flagged: number };
}

export function isDay(value: string): boolean {
  return DAY.test(value);
}

/** `count` local days ending with `end` (inclusive), oldest first. Calendar arithmetic, so DST days count once. */
export function daysEnding(end: string, count: number): string[] {
  const match = DAY.exec(end);
  if (!match) throw new RangeError(`not a day: ${end}`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const pad = (n: number): string => String(n).padStart(2, '0');
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(year, month - 1, date - (count - 1 - index));
    return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  });
}

function zeroes<T extends string>(keys: readonly T[]): Record<T, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<T, number>;
}

export function computeSummary(rows: readonly AggregateCount[], end: string, count = SUMMARY_DAYS): WeeklySummary {
  const days = daysEnding(end, count);
  const byDay = new Map(days.map((day) => [day, { day, scored: 0, flagged: 0 }]));
  const harms = zeroes(HARM_HEADS);
  const techniques = zeroes(TECHNIQUE_HEADS);
  const sites = new Map<SiteId, SiteCount>();
  for (const row of rows) {
    const day = byDay.get(row.day);
    // Rows outside the period, from an unknown site, or with a damaged count are not this week's.
    if (!day || !(SITE_IDS as readonly string[]).includes(row.site)) continue;
    if (!Number.isFinite(row.count) || row.count < 0) continue;
    const site = sites.get(row.site) ?? { site: row.site, scored: 0, flagged: 0 };
    sites.set(row.site, site);
    if (row.category === 'scored' || row.category === 'flagged') {
      day[row.category] += row.count;
      site[row.category] += row.count;
    } else if (row.category in harms) {
      harms[row.category as HarmHead] += row.count;
    } else if (row.category in techniques) {
      techniques[row.category as TechniqueHead] += row.count;
    }
  }
  const dayList = [...byDay.values()];
  return {
    from: days[0]!,
    to: days[days.length - 1]!,
    days: dayList,
    harms,
    techniques,
    sites: [...sites.values()].filter((site) => site.scored > 0).sort((a, b) => b.scored - a.scored),
    totals: {
      scored: dayList.reduce((sum, day) => sum + day.scored, 0),
      flagged: dayList.reduce((sum, day) => sum + day.flagged, 0),
    },
  };
}

/** The technique and harm seen most this week (for the teacher's lesson-plan hint), or null. */
export function topTechnique(summary: WeeklySummary): TechniqueHead | null {
  let best: TechniqueHead | null = null;
  for (const id of TECHNIQUE_HEADS) if (summary.techniques[id] > (best ? summary.techniques[best] : 0)) best = id;
  return best;
}
