/**
 * Numbers and dates in the UI language. Urdu uses the ur-PK locale with Urdu (extended Arabic-Indic)
 * digits, as Urdu print does; phone numbers are not formatted here: they stay as dialled.
 */
import type { LocalText } from '../resources/schema.ts';
import type { UiLang } from './index.ts';

const LOCALES: Record<UiLang, string> = { en: 'en-PK', ur: 'ur-PK-u-nu-arabext' };

export function localeOf(lang: UiLang): string {
  return LOCALES[lang];
}

export function formatNumber(lang: UiLang, value: number): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

/** A day, e.g. "28 November 2026" / "۲۸ نومبر ۲۰۲۶". Accepts a time or a YYYY-MM-DD date. */
export function formatDate(lang: UiLang, value: number | string): string {
  // A bare date is a calendar day, not a UTC instant: read it at noon so no time zone shifts the day.
  const date = typeof value === 'string' ? new Date(`${value}T12:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

export function formatDateTime(lang: UiLang, time: number): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short' }).format(new Date(time));
}

/** The text of a pack or lesson entry in the UI language (English when a translation is blank). */
export function pick(lang: UiLang, text: LocalText): string {
  return text[lang] || text.en;
}
