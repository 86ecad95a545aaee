import { describe, expect, it } from 'vitest';
import { emptyProgress, migrateProgress, recordAnswers, completedCount } from '../../../utils/lessons/progress.ts';
import { parseRequest, parseTabMessage, ProtocolError, tabEnvelope } from '../../../utils/messaging.ts';
import { postKey, postKeyText } from '../../../utils/postKey.ts';
import {
  applySettingsPatch,
  cleanPackUrl,
  DEFAULT_SETTINGS,
  migrateSettings,
  SETTINGS_VERSION,
  withHostPaused,
} from '../../../utils/settings.ts';

describe('issue #4 messages', () => {
  it('validates settings patches field by field and never silently replaces a bad value', () => {
    expect(parseRequest('updateSettings', { patch: { displayMode: 'blur', sites: { x: false } } })).toEqual({
      patch: { displayMode: 'blur', sites: { x: false } },
    });
    for (const patch of [
      { displayMode: 'invisible' },
      { sensitivity: 'max' },
      { uiLanguage: 'fr' },
      { sites: { myspace: true } },
      { sites: { x: 'yes' } },
      { pausedHosts: 'x.com' },
      { resourcePackUrl: 'http://insecure.example/p.json' },
      { resourcePackUrl: 'javascript:alert(1)' },
    ]) {
      expect(() => parseRequest('updateSettings', { patch }), JSON.stringify(patch)).toThrow(ProtocolError);
    }
    expect(parseRequest('updateSettings', { patch: { resourcePackUrl: '' } })).toEqual({
      patch: { resourcePackUrl: '' },
    });
    expect(parseRequest('updateSettings', { patch: { unknown: 1, version: 99 } })).toEqual({ patch: {} });
  });

  it('validates tab ids and lesson answers', () => {
    expect(parseRequest('getTabSummary', { tabId: 12 })).toEqual({ tabId: 12 });
    expect(() => parseRequest('getTabSummary', { tabId: -1 })).toThrow(ProtocolError);
    expect(() => parseRequest('getTabSummary', { tabId: '12' })).toThrow(ProtocolError);
    expect(
      parseRequest('saveLessonProgress', { lessonId: 'hate_dehumanization', correct: [true, false, true] }),
    ).toEqual({ lessonId: 'hate_dehumanization', correct: [true, false, true] });
    expect(() => parseRequest('saveLessonProgress', { lessonId: '__proto__', correct: [true, true, true] })).toThrow();
    expect(() => parseRequest('saveLessonProgress', { lessonId: 'hate_dehumanization', correct: [true] })).toThrow();
  });

  it('reads focusPost messages for content scripts and ignores anything else', () => {
    const message = tabEnvelope('focusPost', { key: '0123456789abcdef' });
    expect(parseTabMessage(message)).toEqual(message);
    expect(parseTabMessage({ basirat: 1, type: 'focusPost', payload: { key: 'div[onclick]' } })).toBeUndefined();
    expect(parseTabMessage({ basirat: 1, type: 'classify', payload: {} })).toBeUndefined();
    expect(parseTabMessage('focusPost')).toBeUndefined();
  });

  it('derives the same post key from the page text as from the classify request', async () => {
    expect(postKeyText('  hello world \n')).toBe('hello world');
    expect(await postKey('  hello world ')).toBe(await postKey('hello world'));
    expect(await postKey('hello world')).toMatch(/^[0-9a-f]{16}$/);
    expect(await postKey('hello world')).not.toBe(await postKey('hello world!'));
  });
});

describe('settings version 2', () => {
  it('migrates version 1 settings, adding an empty update address', () => {
    const v1 = { version: 1, displayMode: 'blur', sensitivity: 'sensitive', uiLanguage: 'ur', pausedHosts: ['x.com'] };
    const migrated = migrateSettings(v1);
    expect(migrated).toMatchObject({ ...v1, version: SETTINGS_VERSION, resourcePackUrl: '' });
    expect(SETTINGS_VERSION).toBe(2);
  });

  it('keeps only https update addresses', () => {
    expect(cleanPackUrl('https://packs.example.org/p.json')).toBe('https://packs.example.org/p.json');
    for (const bad of ['http://a.example/', 'ftp://a.example/', 'https://user:pw@a.example/', 'nonsense', 42]) {
      expect(cleanPackUrl(bad)).toBe('');
    }
  });

  it('applies patches (sites merged) and pauses hosts without www or duplicates', () => {
    const next = applySettingsPatch(DEFAULT_SETTINGS, { sites: { reddit: false }, displayMode: 'hide' });
    expect(next.sites.reddit).toBe(false);
    expect(next.sites.x).toBe(true);
    expect(next.displayMode).toBe('hide');
    expect(withHostPaused(['x.com'], 'WWW.X.com', true)).toEqual(['x.com']);
    expect(withHostPaused(['x.com', 'reddit.com'], 'www.x.com', false)).toEqual(['reddit.com']);
  });
});

describe('lesson progress', () => {
  it('reads corrupt storage as empty and ignores unknown lessons', () => {
    expect(migrateProgress('junk')).toEqual(emptyProgress());
    const progress = migrateProgress({
      lessons: { nope: { correct: [true] }, hate_dehumanization: { correct: [true, 'x'], completedAt: 'soon' } },
    });
    expect(progress.lessons).toEqual({ hate_dehumanization: { correct: [true, false, false], completedAt: null } });
  });

  it('completes a lesson once and keeps that when a later attempt goes worse', () => {
    let progress = recordAnswers(emptyProgress(), 'offensive_abusive', [true, true, true], 10);
    progress = recordAnswers(progress, 'offensive_abusive', [false, true, true], 20);
    expect(progress.lessons.offensive_abusive).toEqual({ correct: [false, true, true], completedAt: 10 });
    expect(completedCount(progress)).toBe(1);
  });
});
