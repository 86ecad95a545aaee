import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, pick } from '../../../utils/i18n/format.ts';
import { MESSAGES } from '../../../utils/i18n/index.ts';
import { pagesEn } from '../../../utils/i18n/pages.en.ts';
import { pagesUr } from '../../../utils/i18n/pages.ur.ts';

describe('localised numbers and dates', () => {
  it('uses Urdu digits and month names in Urdu', () => {
    expect(formatNumber('ur', 1234)).toBe('۱٬۲۳۴');
    expect(formatNumber('en', 1234)).toBe('1,234');
    expect(formatDate('ur', '2026-11-28')).toMatch(/^۲۸ نومبر،? ۲۰۲۶$/);
    expect(formatDate('en', '2026-11-28')).toBe('28 November 2026');
    expect(formatDate('en', 'not a date')).toBe('not a date');
  });

  it('picks the UI language and falls back to English', () => {
    expect(pick('ur', { en: 'a', ur: 'ب' })).toBe('ب');
    expect(pick('ur', { en: 'a', ur: '' })).toBe('a');
  });

  it('merges the page strings into both message tables', () => {
    expect(Object.keys(pagesUr).sort()).toEqual(Object.keys(pagesEn).sort());
    for (const key of Object.keys(pagesEn) as Array<keyof typeof pagesEn>) {
      expect(MESSAGES.en[key]).toBe(pagesEn[key]);
      expect(MESSAGES.ur[key]).toBe(pagesUr[key]);
    }
  });
});
