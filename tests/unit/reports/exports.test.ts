import { describe, expect, it } from 'vitest';
import type { FeedbackEntry } from '../../../utils/db.ts';
import {
  CSV_HEADER,
  exportFileName,
  feedbackToJsonl,
  summaryToCsv,
  summaryToJson,
  SUMMARY_FORMAT,
} from '../../../utils/reports/exports.ts';
import { computeSummary } from '../../../utils/reports/summary.ts';

const summary = computeSummary(
  [
    { id: 'a', day: '2026-11-27', site: 'x', category: 'scored', count: 12 },
    { id: 'b', day: '2026-11-27', site: 'x', category: 'flagged', count: 2 },
    { id: 'c', day: '2026-11-27', site: 'x', category: 'appeal_to_fear_exaggeration', count: 2 },
    { id: 'd', day: '2026-11-27', site: 'x', category: 'violent_threat_incitement', count: 1 },
  ],
  '2026-11-28',
);
const META = { generatedAt: '2026-11-28T10:00:00.000Z', extensionVersion: '0.1.0' };

describe('summary export', () => {
  it('writes JSON with a format marker, the period and counts only', () => {
    const file = JSON.parse(summaryToJson(summary, META));
    expect(file).toMatchObject({
      format: SUMMARY_FORMAT,
      formatVersion: 1,
      ...META,
      from: '2026-11-22',
      to: '2026-11-28',
    });
    expect(file.totals).toEqual({ scored: 12, flagged: 2 });
    expect(file.techniques.appeal_to_fear_exaggeration).toBe(2);
    expect(Object.keys(file).sort()).toEqual(
      [
        'days',
        'extensionVersion',
        'format',
        'formatVersion',
        'from',
        'generatedAt',
        'harms',
        'sites',
        'techniques',
        'to',
        'totals',
      ].sort(),
    );
  });

  it('writes long CSV: one count per row, the same columns for every student', () => {
    const lines = summaryToCsv(summary).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toContain('2026-11-22,2026-11-28,total,all,scored,12');
    expect(lines).toContain('2026-11-22,2026-11-28,day,2026-11-27,flagged,2');
    expect(lines).toContain('2026-11-22,2026-11-28,technique,appeal_to_fear_exaggeration,flagged,2');
    expect(lines).toContain('2026-11-22,2026-11-28,harm,violent_threat_incitement,flagged,1');
    expect(lines).toContain('2026-11-22,2026-11-28,site,x,scored,12');
    // 2 totals + 7 days × 2 + 4 harms + 6 techniques + 1 site × 2
    expect(lines).toHaveLength(1 + 2 + 14 + 4 + 6 + 2);
    for (const line of lines.slice(1)) expect(line.split(',')).toHaveLength(6);
  });

  it('names files by period only', () => {
    expect(exportFileName('summary', summary, 'csv')).toBe('basirat-summary-2026-11-22-to-2026-11-28.csv');
    expect(exportFileName('feedback', null, 'jsonl')).toBe('basirat-feedback.jsonl');
  });
});

describe('feedback export', () => {
  const entries: FeedbackEntry[] = [
    {
      id: 1,
      createdAt: Date.UTC(2026, 10, 27, 9),
      site: 'x',
      verdict: 'not_propaganda',
      techniques: ['loaded_language_name_calling'],
      text: 'Line one\nline "two" — اردو',
      modelVersion: 'm1',
    },
    {
      id: 2,
      createdAt: Date.UTC(2026, 10, 28, 9),
      site: 'youtube',
      verdict: 'harmful',
      techniques: [],
      text: 'b',
      modelVersion: 'm1',
    },
  ];

  it('writes one JSON object per line, without database ids', () => {
    const jsonl = feedbackToJsonl(entries);
    const lines = jsonl.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const first = JSON.parse(lines[0]!);
    expect(first).toEqual({
      createdAt: '2026-11-27T09:00:00.000Z',
      site: 'x',
      verdict: 'not_propaganda',
      techniques: ['loaded_language_name_calling'],
      modelVersion: 'm1',
      text: 'Line one\nline "two" — اردو',
    });
    expect(first).not.toHaveProperty('id');
    expect(JSON.parse(lines[1]!).verdict).toBe('harmful');
  });

  it('is an empty file when there is no feedback', () => {
    expect(feedbackToJsonl([])).toBe('');
  });
});
