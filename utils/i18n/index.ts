/**
 * Message lookup for the on-page label. Extension pages can use `browser.i18n`, but a content
 * script must follow Basirat's own language setting rather than the browser's, so the tables live here.
 */
import type { UiLanguage } from '../settings.ts';
import { en, type MessageKey } from './en.ts';
import { ur } from './ur.ts';

export type { MessageKey };
export type UiLang = 'en' | 'ur';
export type MessageParams = Readonly<Record<string, string | number>>;

export const UI_LANGS: readonly UiLang[] = ['en', 'ur'];
export const MESSAGES: Readonly<Record<UiLang, Readonly<Record<MessageKey, string>>>> = { en, ur };

/** Looks a message up and fills `{name}` placeholders; an unknown placeholder is left as written. */
export function t(lang: UiLang, key: MessageKey, params?: MessageParams): string {
  const template = MESSAGES[lang][key] || en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** `auto` follows the browser: Urdu when its language is Urdu (ur, ur-PK, ur-IN…), otherwise English. */
export function resolveUiLanguage(setting: UiLanguage, navigatorLanguage: string | undefined): UiLang {
  if (setting === 'en' || setting === 'ur') return setting;
  return (navigatorLanguage ?? '').toLowerCase().startsWith('ur') ? 'ur' : 'en';
}

export function dirOf(lang: UiLang): 'ltr' | 'rtl' {
  return lang === 'ur' ? 'rtl' : 'ltr';
}

/** "a, b and c" in the UI language. */
export function joinList(lang: UiLang, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return items.slice(0, -1).join(t(lang, 'list.comma')) + t(lang, 'list.and') + items[items.length - 1];
}
