/**
 * The counter-narrative and help resource pack (issue #4): its types and the one validator every
 * pack goes through, bundled or downloaded. The JSON Schema for authors is
 * public/resources/resource-pack.schema.json; this file is what the extension enforces.
 *
 * Packs are plain text only: every string is rendered as text, never as markup.
 */
import { HARM_HEADS, TECHNIQUE_HEADS, type HarmHead, type TechniqueHead } from '../classifier/heads.ts';

export const PACK_FORMAT = 'basirat-resource-pack';
export const PACK_SCHEMA_VERSION = 1;
/** A pack bigger than this is refused before parsing (a pack is tens of kilobytes). */
export const MAX_PACK_BYTES = 512 * 1024;

export type TopicId = HarmHead | TechniqueHead;
export const TOPIC_IDS: readonly TopicId[] = [...HARM_HEADS, ...TECHNIQUE_HEADS];

/** The same text in both UI languages. */
export interface LocalText {
  en: string;
  ur: string;
}

export interface CounterCard {
  /** What the technique (or harm) does to the reader. */
  what: LocalText;
  /** The question to ask yourself. */
  ask: LocalText;
  /** The other side of the story. */
  otherSide: LocalText;
}

export interface Topic {
  id: TopicId;
  kind: 'technique' | 'harm';
  card: CounterCard;
  /** Route ids, in the order they are shown. */
  routes: string[];
}

/**
 * A phone number or a web address, with where it came from and when. `verified: false` means no one
 * has confirmed it against the official source: the UI then says "please check before use".
 */
export interface Contact {
  type: 'phone' | 'url';
  value: string;
  label?: LocalText;
  checkedOn: string;
  source: string;
  verified: boolean;
}

export type RouteKind = 'emergency' | 'talk' | 'helpline' | 'report' | 'platform' | 'reading';

export interface Route {
  id: string;
  kind: RouteKind;
  name: LocalText;
  summary: LocalText;
  /** Numbered steps (how to report on a platform, how to use a helpline). */
  steps: LocalText[];
  contacts: Contact[];
  /** For `platform` routes: which site's reporting this describes. */
  platform?: string;
}

export interface ResourcePack {
  format: typeof PACK_FORMAT;
  schemaVersion: typeof PACK_SCHEMA_VERSION;
  /** Increases with every published pack; an update must be newer than the pack in use. */
  version: number;
  published: string;
  topics: Topic[];
  routes: Route[];
}

export class PackSchemaError extends Error {
  override name = 'PackSchemaError';
}

const ROUTE_KINDS: readonly RouteKind[] = ['emergency', 'talk', 'helpline', 'report', 'platform', 'reading'];
const MAX_TEXT = 2000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9_-]{1,64}$/;
const PHONE = /^\+?[0-9][0-9 -]{0,18}[0-9]$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(where: string, problem: string): never {
  throw new PackSchemaError(`${where}: ${problem}`);
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(where, 'must be a non-empty string');
  if (value.length > MAX_TEXT) fail(where, `longer than ${MAX_TEXT} characters`);
  return value;
}

function localText(value: unknown, where: string): LocalText {
  if (!isRecord(value)) fail(where, 'must be { en, ur }');
  return { en: text(value.en, `${where}.en`), ur: text(value.ur, `${where}.ur`) };
}

function list(value: unknown, where: string, max: number): unknown[] {
  if (!Array.isArray(value)) fail(where, 'must be an array');
  if (value.length > max) fail(where, `more than ${max} entries`);
  return value;
}

function date(value: unknown, where: string): string {
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(value)))
    fail(where, 'must be a YYYY-MM-DD date');
  return value;
}

function httpsUrl(value: unknown, where: string): string {
  const raw = text(value, where);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    fail(where, 'is not a URL');
  }
  // Only https links leave the extension: no javascript:, data: or plain http.
  if (url.protocol !== 'https:' || url.username || url.password) fail(where, 'must be a plain https URL');
  return url.href;
}

function contact(value: unknown, where: string): Contact {
  if (!isRecord(value)) fail(where, 'must be an object');
  const type = value.type;
  if (type !== 'phone' && type !== 'url') fail(`${where}.type`, 'must be "phone" or "url"');
  let contactValue: string;
  if (type === 'phone') {
    contactValue = text(value.value, `${where}.value`);
    if (!PHONE.test(contactValue)) fail(`${where}.value`, 'is not a phone number');
  } else contactValue = httpsUrl(value.value, `${where}.value`);
  if (typeof value.verified !== 'boolean') fail(`${where}.verified`, 'must be true or false');
  const result: Contact = {
    type,
    value: contactValue,
    checkedOn: date(value.checkedOn, `${where}.checkedOn`),
    source: text(value.source, `${where}.source`),
    verified: value.verified,
  };
  if (value.label !== undefined) result.label = localText(value.label, `${where}.label`);
  return result;
}

function route(value: unknown, where: string): Route {
  if (!isRecord(value)) fail(where, 'must be an object');
  if (typeof value.id !== 'string' || !ID.test(value.id)) fail(`${where}.id`, 'must be a short lowercase id');
  if (!ROUTE_KINDS.includes(value.kind as RouteKind)) fail(`${where}.kind`, `must be one of ${ROUTE_KINDS.join(', ')}`);
  const result: Route = {
    id: value.id,
    kind: value.kind as RouteKind,
    name: localText(value.name, `${where}.name`),
    summary: localText(value.summary, `${where}.summary`),
    steps: list(value.steps ?? [], `${where}.steps`, 12).map((step, i) => localText(step, `${where}.steps[${i}]`)),
    contacts: list(value.contacts ?? [], `${where}.contacts`, 8).map((c, i) => contact(c, `${where}.contacts[${i}]`)),
  };
  if (value.platform !== undefined) {
    if (typeof value.platform !== 'string' || !ID.test(value.platform)) fail(`${where}.platform`, 'must be a site id');
    result.platform = value.platform;
  }
  return result;
}

function topic(value: unknown, where: string, routeIds: ReadonlySet<string>): Topic {
  if (!isRecord(value)) fail(where, 'must be an object');
  const id = value.id as TopicId;
  if (!TOPIC_IDS.includes(id)) fail(`${where}.id`, `unknown topic ${JSON.stringify(value.id)}`);
  const kind = (HARM_HEADS as readonly string[]).includes(id) ? 'harm' : 'technique';
  if (value.kind !== kind) fail(`${where}.kind`, `must be "${kind}" for ${id}`);
  if (!isRecord(value.card)) fail(`${where}.card`, 'must be an object');
  const routes = list(value.routes, `${where}.routes`, 16).map((routeId, i) => {
    if (typeof routeId !== 'string' || !routeIds.has(routeId))
      fail(`${where}.routes[${i}]`, `unknown route ${JSON.stringify(routeId)}`);
    return routeId;
  });
  return {
    id,
    kind,
    card: {
      what: localText(value.card.what, `${where}.card.what`),
      ask: localText(value.card.ask, `${where}.card.ask`),
      otherSide: localText(value.card.otherSide, `${where}.card.otherSide`),
    },
    routes,
  };
}

/**
 * Validates a parsed pack and returns it with only the fields we know. Throws PackSchemaError naming
 * the first problem. Every harm and technique must have a topic, so the UI never lacks a card.
 */
export function parsePack(value: unknown): ResourcePack {
  if (!isRecord(value)) fail('pack', 'must be an object');
  if (value.format !== PACK_FORMAT) fail('format', `must be "${PACK_FORMAT}"`);
  if (value.schemaVersion !== PACK_SCHEMA_VERSION) fail('schemaVersion', `must be ${PACK_SCHEMA_VERSION}`);
  if (typeof value.version !== 'number' || !Number.isSafeInteger(value.version) || value.version < 1)
    fail('version', 'must be a positive integer');
  const routes = list(value.routes, 'routes', 64).map((r, i) => route(r, `routes[${i}]`));
  const routeIds = new Set<string>();
  for (const r of routes) {
    if (routeIds.has(r.id)) fail('routes', `duplicate id ${r.id}`);
    routeIds.add(r.id);
  }
  const topics = list(value.topics, 'topics', 32).map((t, i) => topic(t, `topics[${i}]`, routeIds));
  const topicIds = new Set(topics.map((t) => t.id));
  if (topicIds.size !== topics.length) fail('topics', 'duplicate topic');
  const missing = TOPIC_IDS.filter((id) => !topicIds.has(id));
  if (missing.length > 0) fail('topics', `missing ${missing.join(', ')}`);
  return {
    format: PACK_FORMAT,
    schemaVersion: PACK_SCHEMA_VERSION,
    version: value.version,
    published: date(value.published, 'published'),
    topics,
    routes,
  };
}

export function findTopic(pack: ResourcePack, id: string): Topic | undefined {
  return pack.topics.find((t) => t.id === id);
}

/** The routes a topic lists, in its order. */
export function routesFor(pack: ResourcePack, topicId: string): Route[] {
  const topicRoutes = findTopic(pack, topicId)?.routes ?? [];
  const byId = new Map(pack.routes.map((r) => [r.id, r]));
  return topicRoutes.map((id) => byId.get(id)).filter((r): r is Route => r !== undefined);
}

export function platformRoute(pack: ResourcePack, platform: string | null | undefined): Route | undefined {
  return platform ? pack.routes.find((r) => r.kind === 'platform' && r.platform === platform) : undefined;
}
