/** Reads the database for the summary page and exports; built with the db getter injected. */
import { dayOf } from '../background/aggregates.ts';
import type { BasiratDb } from '../db.ts';
import { feedbackToJsonl } from './exports.ts';
import { computeSummary, daysEnding, isDay, SUMMARY_DAYS, type WeeklySummary } from './summary.ts';

export const MAX_SUMMARY_DAYS = 92;

export interface ReportsService {
  summary(request: { days?: number; endDay?: string }): Promise<WeeklySummary>;
  feedbackJsonl(): Promise<{ jsonl: string; count: number }>;
}

export function createReportsService(db: () => BasiratDb, now: () => number = Date.now): ReportsService {
  return {
    async summary({ days = SUMMARY_DAYS, endDay }) {
      const count = Math.min(Math.max(1, Math.floor(days)), MAX_SUMMARY_DAYS);
      const end = endDay && isDay(endDay) ? endDay : dayOf(now());
      const period = daysEnding(end, count);
      const rows = await db()
        .aggregates.where('day')
        .between(period[0]!, period[period.length - 1]!, true, true)
        .toArray();
      return computeSummary(rows, end, count);
    },
    async feedbackJsonl() {
      const entries = await db().feedback.orderBy('createdAt').toArray();
      return { jsonl: feedbackToJsonl(entries), count: entries.length };
    },
  };
}
