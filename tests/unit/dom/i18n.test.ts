// @vitest-environment happy-dom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HARM_HEADS, TECHNIQUE_HEADS } from '../../../utils/classifier/heads.ts';
import { describeVerdict, surenessOf } from '../../../utils/i18n/describe.ts';
import { MESSAGES, UI_LANGS, joinList, resolveUiLanguage, t, type MessageKey } from '../../../utils/i18n/index.ts';
import { verdict } from './helpers.ts';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('message tables', () => {
  it('have the same keys in en and ur, and no empty strings', () => {
    const enKeys = Object.keys(MESSAGES.en).sort();
    expect(Object.keys(MESSAGES.ur).sort()).toEqual(enKeys);
    for (const lang of UI_LANGS) {
      for (const key of enKeys) expect(MESSAGES[lang][key as MessageKey].trim(), `${lang}:${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(MESSAGES.en) as MessageKey[]) {
      expect(placeholders(MESSAGES.ur[key]), key).toEqual(placeholders(MESSAGES.en[key]));
    }
  });

  it('name and explain every technique group and harm head', () => {
    for (const lang of UI_LANGS) {
      for (const id of TECHNIQUE_HEADS) {
        for (const part of ['name', 'phrase', 'explain'] as const)
          expect(t(lang, `technique.${id}.${part}`)).not.toBe('');
      }
      for (const id of HARM_HEADS) {
        for (const part of ['name', 'phrase', 'explain'] as const) expect(t(lang, `harm.${id}.${part}`)).not.toBe('');
      }
    }
  });

  it('write Urdu in Urdu script (no Latin letters outside placeholders)', () => {
    for (const [key, text] of Object.entries(MESSAGES.ur)) {
      const prose = text.replace(/\{\w+\}/g, '');
      if (prose.replace(/[\s\p{P}]/gu, '') === '') continue; // separators such as "، "
      expect(prose, key).toMatch(/[\u0600-\u06FF]/);
      expect(prose, key).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe('t and resolveUiLanguage', () => {
  it('fills placeholders and leaves unknown ones alone', () => {
    expect(t('en', 'label.summary', { findings: 'repeats slogans' })).toBe('This post repeats slogans.');
    expect(t('ur', 'label.summary', { findings: 'نعرے دہراتی ہے' })).toBe('یہ پوسٹ نعرے دہراتی ہے۔');
    expect(t('en', 'label.summary')).toBe('This post {findings}.');
  });

  it('resolves auto from the browser language', () => {
    expect(resolveUiLanguage('auto', 'ur-PK')).toBe('ur');
    expect(resolveUiLanguage('auto', 'UR')).toBe('ur');
    expect(resolveUiLanguage('auto', 'en-US')).toBe('en');
    expect(resolveUiLanguage('auto', 'pa-PK')).toBe('en');
    expect(resolveUiLanguage('auto', undefined)).toBe('en');
    expect(resolveUiLanguage('ur', 'en-US')).toBe('ur');
    expect(resolveUiLanguage('en', 'ur-PK')).toBe('en');
  });

  it('joins lists the way each language does', () => {
    expect(joinList('en', ['a', 'b', 'c'])).toBe('a, b and c');
    expect(joinList('ur', ['الف', 'ب'])).toBe('الف اور ب');
    expect(joinList('en', ['only'])).toBe('only');
  });
});

describe('describeVerdict', () => {
  it('composes one plain sentence from harms and techniques', () => {
    const d = describeVerdict('en', verdict({ techniques: ['us_vs_them_flag_waving'] }));
    expect(d.summary).toBe('This post glorifies or calls for violence and uses us-vs-them language.');
    expect(d.sure).toBe('Basirat is fairly sure about this.');
    expect(d.evidence).toEqual(['wipe them out']);
    expect(d.explanations.map((e) => e.id)).toEqual(['violent_threat_incitement', 'us_vs_them_flag_waving']);
    expect(d.helpTopic).toBe('us_vs_them_flag_waving');
  });

  it('keeps the sentence short but explains everything under "Why?"', () => {
    const d = describeVerdict(
      'en',
      verdict({ harms: ['extremist_propaganda', 'hate_dehumanization'], techniques: [...TECHNIQUE_HEADS] }),
    );
    expect(d.summary).toBe(
      'This post promotes an extremist group or its ideas, talks about a group of people as if they were less than human and uses loaded words and name-calling.',
    );
    expect(d.explanations).toHaveLength(8);
  });

  it('falls back to a gentle sentence and maps severity to sureness', () => {
    expect(describeVerdict('en', verdict({ harms: [], techniques: [] })).summary).toBe(
      'This post may be trying to push your feelings in one direction.',
    );
    expect(surenessOf({ severity: 'high', confidence: 0.1 })).toBe('high');
    expect(surenessOf({ severity: 'low', confidence: 0.9 })).toBe('low');
    expect(surenessOf({ severity: 'none', confidence: 0.9 })).toBe('medium');
  });

  it('clips long evidence and drops duplicates', () => {
    const long = 'word '.repeat(40);
    const d = describeVerdict(
      'en',
      verdict({
        evidence: [
          { text: long, start: 0, end: 1 },
          { text: long, start: 0, end: 1 },
        ],
      }),
    );
    expect(d.evidence).toHaveLength(1);
    expect(d.evidence[0]!.length).toBeLessThanOrEqual(80);
  });
});

describe('page text safety', () => {
  it('no content-script source sets HTML from strings', () => {
    const roots = ['utils/dom', 'utils/i18n', 'components/label', 'entrypoints/content.ts'];
    const files: string[] = [];
    const walk = (path: string): void => {
      if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
      else if (/\.tsx?$/.test(path)) files.push(path);
    };
    for (const root of roots) walk(join(process.cwd(), root));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/,
      );
    }
  });
});
