/**
 * THE protocol: every message between content scripts, popup/options and the background, in one
 * typed map. Requests are validated on arrival (`parseRequest`): a content script runs next to
 * untrusted page text, so nothing in a message is trusted for its shape.
 */
import type { HarmHead, TechniqueHead } from './classifier/heads.ts';
import type { Lang } from './classifier/language.ts';
import type { Severity } from './classifier/postprocess.ts';
import type { LessonProgress } from './lessons/progress.ts';
import { isLessonId, QUESTIONS_PER_LESSON } from './lessons/progress.ts';
import type { ResourcePack } from './resources/schema.ts';
import type { UpdateCheck } from './resources/store.ts';
import type { GuardianStatus, UnlockResult } from './guardian/types.ts';
import type { PolicyView } from './policy/types.ts';
import type { WeeklySummary } from './reports/summary.ts';
import {
  cleanPackUrl,
  DISPLAY_MODES,
  SENSITIVITIES,
  UI_LANGUAGES,
  type Settings,
  type SettingsPatch,
} from './settings.ts';
import { SITE_IDS, type SiteId } from './sites/types.ts';

/** The most posts one classify request may carry, and the longest text the background reads. */
export const MAX_POSTS_PER_REQUEST = 64;
export const MAX_TEXT_CHARS = 20_000;

export interface EvidenceSpan {
  text: string;
  start: number;
  end: number;
}

/** What the background tells a content script about one post. */
export interface PostVerdict {
  flagged: boolean;
  severity: Severity;
  /** 0..1: how strongly the post passed (or missed) the flag rule, for "how sure" in the label. */
  confidence: number;
  harms: HarmHead[];
  techniques: TechniqueHead[];
  evidence: EvidenceSpan[];
  lang: Lang;
}

/** One flagged post of a tab, for the popup. Kept in memory / storage.session only, never on disk. */
export interface TabWarning {
  /** Identifies the post to its tab's content script: a hash of the post's text (utils/postKey.ts). */
  key: string;
  /** The first words of the post (at most EXCERPT_CHARS). */
  excerpt: string;
  harms: HarmHead[];
  techniques: TechniqueHead[];
  evidence: string[];
  severity: Severity;
  confidence: number;
  lang: Lang;
}

/** What Basirat saw in one tab since it last loaded: counts, and the flagged posts. */
export interface TabSummary {
  tabId: number;
  /** Hostname the content script reported from (for "pause on this site"); null before any post. */
  host: string | null;
  site: SiteId | null;
  scored: number;
  flagged: number;
  byHarm: Partial<Record<HarmHead, number>>;
  byTechnique: Partial<Record<TechniqueHead, number>>;
  /** Flagged posts in the order they were first seen, at most MAX_TAB_WARNINGS. */
  warnings: TabWarning[];
}

export const EXCERPT_CHARS = 160;
export const MAX_TAB_WARNINGS = 50;

/** The pack in use and how it got there, for popup, options, help and lessons. */
export interface ResourceInfo {
  pack: ResourcePack;
  source: 'bundled' | 'update';
  installedAt: number | null;
  lastCheck: UpdateCheck | null;
  cacheProblem: string | null;
  updateUrl: string;
}

export interface ProtocolMap {
  classify: {
    request: { site: SiteId; texts: string[] };
    response: { verdicts: PostVerdict[]; modelVersion: string };
  };
  feedback: {
    request: { site: SiteId; text: string; verdict: 'not_propaganda' | 'harmful'; techniques: TechniqueHead[] };
    response: { saved: boolean };
  };
  /** Effective settings (user settings merged with managed policy). */
  getSettings: {
    request: Record<string, never>;
    response: Settings;
  };
  /** Extension pages only (see EXTENSION_PAGE_ONLY): the popup's view of one tab. */
  getTabSummary: {
    request: { tabId: number };
    response: TabSummary;
  };
  updateSettings: {
    request: { patch: SettingsPatch };
    response: Settings;
  };
  /** Deletes the extension's IndexedDB and storage (local and session). */
  clearLocalData: {
    request: Record<string, never>;
    response: { cleared: boolean };
  };
  getResources: {
    request: Record<string, never>;
    response: ResourceInfo;
  };
  /** Downloads the pack at settings.resourcePackUrl; the only network request Basirat makes. */
  checkResourceUpdate: {
    request: Record<string, never>;
    response: UpdateCheck;
  };
  getLessonProgress: {
    request: Record<string, never>;
    response: LessonProgress;
  };
  saveLessonProgress: {
    request: { lessonId: string; correct: boolean[] };
    response: LessonProgress;
  };
  /** Issue #5: the guardian lock. Status, unlock and lock are open to every extension page. */
  guardianStatus: {
    request: Record<string, never>;
    response: GuardianStatus;
  };
  guardianUnlock: {
    request: { pin: string };
    response: UnlockResult;
  };
  guardianLock: {
    request: Record<string, never>;
    response: GuardianStatus;
  };
  /** Sets or changes the PIN (LOCK_REQUIRED: only while unlocked, or when no PIN is set yet). */
  guardianSetPin: {
    request: { pin: string };
    response: GuardianStatus;
  };
  guardianRemovePin: {
    request: Record<string, never>;
    response: GuardianStatus;
  };
  /** Managed policy as validated, for "Set by your school" badges and greyed-out controls. */
  getPolicy: {
    request: Record<string, never>;
    response: PolicyView;
  };
  /** Counts only, per day, harm/technique and site (issue #5 summary page). */
  getSummary: {
    request: { days?: number; endDay?: string };
    response: WeeklySummary;
  };
  /** The user's own feedback as JSONL, for them to save and share if they choose. */
  exportFeedback: {
    request: Record<string, never>;
    response: { jsonl: string; count: number };
  };
}

/**
 * Messages only extension pages (popup, options, lessons, help) may send: the router refuses them
 * from content scripts, whose messages can be provoked by the page they run in.
 */
export const EXTENSION_PAGE_ONLY: ReadonlySet<MessageType> = new Set<MessageType>([
  'getTabSummary',
  'updateSettings',
  'clearLocalData',
  'getResources',
  'checkResourceUpdate',
  'getLessonProgress',
  'saveLessonProgress',
  'guardianStatus',
  'guardianUnlock',
  'guardianLock',
  'guardianSetPin',
  'guardianRemovePin',
  'getPolicy',
  'getSummary',
  'exportFeedback',
]);

/**
 * Issue #5: messages that change settings, pausing, the display mode or the lock itself. The router
 * answers them only from extension pages (each is also in EXTENSION_PAGE_ONLY) and only while the
 * guardian lock is open (no PIN, or an unexpired unlock session) and policy does not lock settings.
 * A new settings-changing message must be added here; tests/unit/guardian/access.test.ts lists every
 * message type and fails until it is classified.
 */
export const LOCK_REQUIRED: ReadonlySet<MessageType> = new Set<MessageType>([
  'updateSettings',
  'guardianSetPin',
  'guardianRemovePin',
]);

/** Messages from extension pages to a tab's content script (browser.tabs.sendMessage). */
export interface TabProtocolMap {
  /** Scrolls to and focuses the post whose key matches; found: false when it is gone. */
  focusPost: {
    request: { key: string };
    response: { found: boolean };
  };
}

export type MessageType = keyof ProtocolMap;
export type Request<K extends MessageType> = ProtocolMap[K]['request'];
export type Response<K extends MessageType> = ProtocolMap[K]['response'];

export interface Envelope<K extends MessageType = MessageType> {
  basirat: 1;
  type: K;
  payload: Request<K>;
}

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SITES = new Set<string>([
  'x',
  'facebook',
  'youtube',
  'reddit',
  'instagram',
  'tiktok',
  'telegram',
  'whatsapp',
  'generic',
]);

/** Validators per message type: each returns the payload with only the fields we know, or throws. */
const VALIDATORS: { [K in MessageType]: (payload: unknown) => Request<K> } = {
  classify(payload) {
    if (!isRecord(payload) || !SITES.has(String(payload.site)) || !Array.isArray(payload.texts)) {
      throw new ProtocolError('classify: expected { site, texts[] }');
    }
    if (payload.texts.length > MAX_POSTS_PER_REQUEST)
      throw new ProtocolError(`classify: at most ${MAX_POSTS_PER_REQUEST} texts`);
    const texts = payload.texts.map((text) => (typeof text === 'string' ? text.slice(0, MAX_TEXT_CHARS) : ''));
    return { site: payload.site as SiteId, texts };
  },
  feedback(payload) {
    if (!isRecord(payload) || !SITES.has(String(payload.site)) || typeof payload.text !== 'string') {
      throw new ProtocolError('feedback: expected { site, text, verdict }');
    }
    if (payload.verdict !== 'not_propaganda' && payload.verdict !== 'harmful')
      throw new ProtocolError('feedback: bad verdict');
    const techniques = Array.isArray(payload.techniques) ? payload.techniques.filter((t) => typeof t === 'string') : [];
    return {
      site: payload.site as SiteId,
      text: payload.text.slice(0, MAX_TEXT_CHARS),
      verdict: payload.verdict,
      techniques: techniques as TechniqueHead[],
    };
  },
  getSettings() {
    return {};
  },
  getTabSummary(payload) {
    if (!isRecord(payload) || !Number.isSafeInteger(payload.tabId) || (payload.tabId as number) < 0)
      throw new ProtocolError('getTabSummary: expected { tabId }');
    return { tabId: payload.tabId as number };
  },
  updateSettings(payload) {
    if (!isRecord(payload) || !isRecord(payload.patch)) throw new ProtocolError('updateSettings: expected { patch }');
    return { patch: parseSettingsPatch(payload.patch) };
  },
  clearLocalData() {
    return {};
  },
  getResources() {
    return {};
  },
  checkResourceUpdate() {
    return {};
  },
  getLessonProgress() {
    return {};
  },
  saveLessonProgress(payload) {
    if (!isRecord(payload) || !isLessonId(payload.lessonId) || !Array.isArray(payload.correct))
      throw new ProtocolError('saveLessonProgress: expected { lessonId, correct[] }');
    if (payload.correct.length !== QUESTIONS_PER_LESSON || !payload.correct.every((c) => typeof c === 'boolean'))
      throw new ProtocolError(`saveLessonProgress: expected ${QUESTIONS_PER_LESSON} booleans`);
    return { lessonId: payload.lessonId, correct: payload.correct as boolean[] };
  },
  guardianStatus: () => ({}),
  guardianUnlock: (payload) => ({ pin: pinOf(payload, 'guardianUnlock') }),
  guardianLock: () => ({}),
  guardianSetPin: (payload) => ({ pin: pinOf(payload, 'guardianSetPin') }),
  guardianRemovePin: () => ({}),
  getPolicy: () => ({}),
  getSummary(payload) {
    const request: { days?: number; endDay?: string } = {};
    if (!isRecord(payload)) return request;
    if (typeof payload.days === 'number' && Number.isFinite(payload.days)) request.days = payload.days;
    if (typeof payload.endDay === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(payload.endDay))
      request.endDay = payload.endDay;
    return request;
  },
  exportFeedback: () => ({}),
};

/** A PIN travels as text of bounded length; its rules (4–64 characters) are checked by utils/guardian/pin.ts. */
function pinOf(payload: unknown, type: string): string {
  if (!isRecord(payload) || typeof payload.pin !== 'string' || payload.pin.length > 256)
    throw new ProtocolError(`${type}: expected { pin }`);
  return payload.pin;
}

function oneOf<T>(value: unknown, allowed: readonly T[], field: string): T {
  if (!allowed.includes(value as T)) throw new ProtocolError(`updateSettings: bad ${field}`);
  return value as T;
}

/** Validates a settings patch field by field: a bad value is an error, never silently replaced. */
export function parseSettingsPatch(value: Record<string, unknown>): SettingsPatch {
  const patch: SettingsPatch = {};
  if (value.displayMode !== undefined) patch.displayMode = oneOf(value.displayMode, DISPLAY_MODES, 'displayMode');
  if (value.sensitivity !== undefined) patch.sensitivity = oneOf(value.sensitivity, SENSITIVITIES, 'sensitivity');
  if (value.uiLanguage !== undefined) patch.uiLanguage = oneOf(value.uiLanguage, UI_LANGUAGES, 'uiLanguage');
  if (value.sites !== undefined) {
    if (!isRecord(value.sites)) throw new ProtocolError('updateSettings: bad sites');
    const sites: Partial<Record<SiteId, boolean>> = {};
    for (const [id, enabled] of Object.entries(value.sites)) {
      if (!(SITE_IDS as readonly string[]).includes(id) || typeof enabled !== 'boolean')
        throw new ProtocolError(`updateSettings: bad site ${id}`);
      sites[id as SiteId] = enabled;
    }
    patch.sites = sites;
  }
  if (value.pausedHosts !== undefined) {
    if (!Array.isArray(value.pausedHosts) || !value.pausedHosts.every((h) => typeof h === 'string'))
      throw new ProtocolError('updateSettings: bad pausedHosts');
    patch.pausedHosts = value.pausedHosts as string[];
  }
  if (value.resourcePackUrl !== undefined) {
    const url = cleanPackUrl(value.resourcePackUrl);
    if (url === '' && value.resourcePackUrl !== '')
      throw new ProtocolError('updateSettings: resourcePackUrl must be an https address');
    patch.resourcePackUrl = url;
  }
  return patch;
}

export type TabMessageType = keyof TabProtocolMap;

export interface TabEnvelope<K extends TabMessageType = TabMessageType> {
  basirat: 1;
  type: K;
  payload: TabProtocolMap[K]['request'];
}

export function tabEnvelope<K extends TabMessageType>(type: K, payload: TabProtocolMap[K]['request']): TabEnvelope<K> {
  return { basirat: 1, type, payload };
}

const POST_KEY = /^[0-9a-f]{16,64}$/;

/** Reads a message arriving at a content script; undefined when it is not one of ours. */
export function parseTabMessage(message: unknown): TabEnvelope | undefined {
  if (!isRecord(message) || message.basirat !== 1 || message.type !== 'focusPost') return undefined;
  const payload = message.payload;
  if (!isRecord(payload) || typeof payload.key !== 'string' || !POST_KEY.test(payload.key)) return undefined;
  return { basirat: 1, type: 'focusPost', payload: { key: payload.key } };
}

/** Reads an incoming message; undefined when it is not one of ours (let other listeners have it). */
export function parseEnvelope(message: unknown): { type: MessageType; payload: unknown } | undefined {
  if (!isRecord(message) || message.basirat !== 1 || typeof message.type !== 'string') return undefined;
  if (!(message.type in VALIDATORS)) return undefined;
  return { type: message.type as MessageType, payload: message.payload };
}

export function parseRequest<K extends MessageType>(type: K, payload: unknown): Request<K> {
  return (VALIDATORS[type] as (payload: unknown) => Request<K>)(payload);
}

export function envelope<K extends MessageType>(type: K, payload: Request<K>): Envelope<K> {
  return { basirat: 1, type, payload };
}

/** What a handler sends back: errors travel as data so the caller sees a clear reason. */
export type Reply<K extends MessageType> = { ok: true; value: Response<K> } | { ok: false; error: string };
