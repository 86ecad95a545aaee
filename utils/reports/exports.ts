/**
 * Files a user can save: the summary (counts only) as JSON or CSV for a teacher to collect, and the
 * user's own feedback as JSONL that they may choose to share to improve the model. Pure functions;
 * the summary page turns them into downloads.
 */
import type { FeedbackEntry } from '../db.ts';
import type { WeeklySummary } from './summary.ts';

export const SUMMARY_FORMAT = 'basirat-summary';
export const SUMMARY_FORMAT_VERSION = 1;

export interface ExportMeta {
  /** ISO time the file was made. */
  generatedAt: string;
  extensionVersion: string;
}

export function summaryToJson(summary: WeeklySummary, meta: ExportMeta): string {
  const file = { format: SUMMARY_FORMAT, formatVersion: SUMMARY_FORMAT_VERSION, ...meta, ...summary };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const CSV_HEADER = ['from', 'to', 'dimension', 'key', 'metric', 'count'] as const;

function csvCell(value: string | number): string {
  const text = String(value);
  // Every value is an identifier or a number, but a cell starting with = + - @ would run as a spreadsheet formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * "Long" CSV, one count per row, so a teacher can paste many students' files under each other and
 * pivot them: from,to,dimension,key,metric,count.
 */
export function summaryToCsv(summary: WeeklySummary): string {
  const rows: Array<Array<string | number>> = [];
  const add = (dimension: string, key: string, metric: string, count: number): void => {
    rows.push([summary.from, summary.to, dimension, key, metric, count]);
  };
  add('total', 'all', 'scored', summary.totals.scored);
  add('total', 'all', 'flagged', summary.totals.flagged);
  for (const day of summary.days) {
    add('day', day.day, 'scored', day.scored);
    add('day', day.day, 'flagged', day.flagged);
  }
  for (const [id, count] of Object.entries(summary.harms)) add('harm', id, 'flagged', count);
  for (const [id, count] of Object.entries(summary.techniques)) add('technique', id, 'flagged', count);
  for (const site of summary.sites) {
    add('site', site.site, 'scored', site.scored);
    add('site', site.site, 'flagged', site.flagged);
  }
  return [CSV_HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One JSON object per line; the local database id is left out (it means nothing elsewhere). */
export function feedbackToJsonl(entries: readonly FeedbackEntry[]): string {
  return entries
    .map((entry) =>
      JSON.stringify({
        createdAt: new Date(entry.createdAt).toISOString(),
        site: entry.site,
        verdict: entry.verdict,
        techniques: entry.techniques,
        modelVersion: entry.modelVersion,
        text: entry.text,
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** File names carry the period, never who made them. */
export function exportFileName(
  kind: 'summary' | 'feedback',
  summary: Pick<WeeklySummary, 'from' | 'to'> | null,
  ext: string,
): string {
  return summary ? `basirat-${kind}-${summary.from}-to-${summary.to}.${ext}` : `basirat-${kind}.${ext}`;
}
