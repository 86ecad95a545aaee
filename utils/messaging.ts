/**
 * THE protocol: every message between content scripts, popup/options and the background, in one
 * typed map. Requests are validated on arrival (`parseRequest`): a content script runs next to
 * untrusted page text, so nothing in a message is trusted for its shape.
 */
import type { HarmHead, TechniqueHead } from './classifier/heads.ts';
import type { Lang } from './classifier/language.ts';
import type { Severity } from './classifier/postprocess.ts';
import type { Settings } from './settings.ts';
import type { SiteId } from './sites/types.ts';

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
};

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
