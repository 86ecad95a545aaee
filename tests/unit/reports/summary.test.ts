import { describe, expect, it } from 'vitest';
import type { AggregateCount } from '../../../utils/db.ts';
import { computeSummary, daysEnding, topTechnique } from '../../../utils/reports/summary.ts';

function row(day: string, site: AggregateCount['site'], category: string, count: number): AggregateCount {
  return { id: `${day}|${site}|${category}`, day, site, category, count };
}

const ROWS: AggregateCount[] = [
  row('2026-11-22', 'x', 'scored', 40),
  row('2026-11-22', 'x', 'flagged', 3),
  row('2026-11-22', 'x', 'extremist_propaganda', 2),
  row('2026-11-22', 'x', 'us_vs_them_flag_waving', 3),
  row('2026-11-25', 'youtube', 'scored', 10),
  row('2026-11-25', 'youtube', 'flagged', 1),
  row('2026-11-25', 'youtube', 'hate_dehumanization', 1),
  row('2026-11-25', 'youtube', 'loaded_language_name_calling', 1),
  row('2026-11-28', 'reddit', 'scored', 5),
  // Outside the week, or damaged: not counted.
  row('2026-11-21', 'x', 'scored', 1000),
  row('2026-11-28', 'x', 'flagged', Number.NaN),
  row('2026-11-28', 'myspace' as AggregateCount['site'], 'scored', 9),
];

describe('daysEnding', () => {
  it('lists calendar days, oldest first, across month ends', () => {
    expect(daysEnding('2026-12-02', 4)).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect(daysEnding('2024-03-01', 2)).toEqual(['2024-02-29', '2024-03-01']);
    expect(() => daysEnding('28/11/2026', 7)).toThrow(RangeError);
  });
});

describe('computeSummary', () => {
  const summary = computeSummary(ROWS, '2026-11-28');

  it('zero-fills every day of the week', () => {
    expect(summary.from).toBe('2026-11-22');
    expect(summary.to).toBe('2026-11-28');
    expect(summary.days.map((d) => [d.day, d.scored, d.flagged])).toEqual([
      ['2026-11-22', 40, 3],
      ['2026-11-23', 0, 0],
      ['2026-11-24', 0, 0],
      ['2026-11-25', 10, 1],
      ['2026-11-26', 0, 0],
      ['2026-11-27', 0, 0],
      ['2026-11-28', 5, 0],
    ]);
    expect(summary.totals).toEqual({ scored: 55, flagged: 4 });
  });

  it('counts per harm and per technique, with every category present', () => {
    expect(summary.harms).toEqual({
      extremist_propaganda: 2,
      hate_dehumanization: 1,
      violent_threat_incitement: 0,
      offensive_abusive: 0,
    });
    expect(summary.techniques.us_vs_them_flag_waving).toBe(3);
    expect(summary.techniques.loaded_language_name_calling).toBe(1);
    expect(Object.keys(summary.techniques)).toHaveLength(6);
    expect(topTechnique(summary)).toBe('us_vs_them_flag_waving');
  });

  it('counts per site, most scored first', () => {
    expect(summary.sites).toEqual([
      { site: 'x', scored: 40, flagged: 3 },
      { site: 'youtube', scored: 10, flagged: 1 },
      { site: 'reddit', scored: 5, flagged: 0 },
    ]);
  });

  it('contains counts and identifiers only: no text, URL or account name can appear', () => {
    const json = JSON.stringify(summary);
    expect(json).not.toMatch(/https?:|@|\s/);
  });

  it('is empty, not missing, for a week with nothing', () => {
    const empty = computeSummary([], '2026-11-28');
    expect(empty.totals).toEqual({ scored: 0, flagged: 0 });
    expect(empty.days).toHaveLength(7);
    expect(empty.sites).toEqual([]);
    expect(topTechnique(empty)).toBeNull();
  });
});
