/**
 * The resource pack in use: the bundled pack (the offline default) or a newer signed update cached in
 * IndexedDB. Updates come only from the one URL the user (or policy) set, and are accepted only when
 * signed by a trusted key, valid, and newer than the pack in use; anything else is refused with a
 * reason and the pack in use stays. The cached copy is verified again on every load, so a corrupted
 * or edited database falls back to the bundled pack.
 */
import { MAX_PACK_BYTES, PackSchemaError, parsePack, type ResourcePack } from './schema.ts';
import {
  SignatureError,
  parseEnvelope,
  verifyEnvelope,
  type SignatureFailure,
  type SignedEnvelope,
  type TrustedKey,
} from './signature.ts';

export type UpdateFailure =
  SignatureFailure | 'no_url' | 'insecure_url' | 'network' | 'too_large' | 'invalid' | 'not_newer';

export interface StoredPack {
  envelope: SignedEnvelope;
  version: number;
  installedAt: number;
  url: string;
}

/** The outcome of the last update attempt, shown in options. */
export interface UpdateCheck {
  at: number;
  url: string;
  ok: boolean;
  reason?: UpdateFailure;
  /** Technical detail for the curious (English); the UI leads with the translated reason. */
  detail?: string;
  /** The version installed (ok) or offered (refused), when known. */
  version?: number;
}

export interface PackCache {
  readPack(): Promise<StoredPack | undefined>;
  writePack(pack: StoredPack): Promise<void>;
  readCheck(): Promise<UpdateCheck | undefined>;
  writeCheck(check: UpdateCheck): Promise<void>;
}

export interface ResourceState {
  pack: ResourcePack;
  source: 'bundled' | 'update';
  installedAt: number | null;
  lastCheck: UpdateCheck | null;
  /** Why a cached update could not be used (the bundled pack is in use instead), if that happened. */
  cacheProblem: string | null;
}

export class DownloadError extends Error {
  override name = 'DownloadError';
  constructor(
    readonly reason: 'network' | 'too_large',
    message: string,
  ) {
    super(message);
  }
}

export interface ResourceStoreDeps {
  cache: PackCache;
  /** The bundled pack's parsed JSON. */
  loadBundled(): Promise<unknown>;
  trustedKeys: readonly TrustedKey[];
  /** Issue #5: keys a managed policy adds (resourcePackKey); read on every verification. */
  extraTrustedKeys?(): Promise<readonly TrustedKey[]>;
  /** Downloads at most `maxBytes` from an https URL; throws DownloadError. */
  download(url: string, maxBytes: number): Promise<Uint8Array>;
  now?(): number;
}

export interface ResourceStore {
  state(): Promise<ResourceState>;
  checkForUpdate(url: string): Promise<UpdateCheck>;
  /** Forgets what was read, e.g. after the database was cleared. */
  reset(): void;
}

class Refused extends Error {
  constructor(
    readonly reason: UpdateFailure,
    message: string,
    readonly version?: number,
  ) {
    super(message);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function openEnvelope(envelope: unknown, trustedKeys: readonly TrustedKey[]): Promise<ResourcePack> {
  try {
    const text = await verifyEnvelope(parseEnvelope(envelope), trustedKeys);
    return parsePack(JSON.parse(text));
  } catch (error) {
    if (error instanceof SignatureError) throw new Refused(error.reason, error.message);
    if (error instanceof PackSchemaError) throw new Refused('invalid', error.message);
    throw new Refused('corrupt', `the signed payload is not JSON: ${describe(error)}`);
  }
}

export function createResourceStore(deps: ResourceStoreDeps): ResourceStore {
  const now = deps.now ?? Date.now;
  let current: Promise<ResourceState> | undefined;
  const keys = async (): Promise<readonly TrustedKey[]> => [
    ...deps.trustedKeys,
    ...((await deps.extraTrustedKeys?.().catch(() => [])) ?? []),
  ];

  async function load(): Promise<ResourceState> {
    const bundled = parsePack(await deps.loadBundled());
    const lastCheck = (await deps.cache.readCheck().catch(() => undefined)) ?? null;
    let stored: StoredPack | undefined;
    try {
      stored = await deps.cache.readPack();
    } catch (error) {
      return { pack: bundled, source: 'bundled', installedAt: null, lastCheck, cacheProblem: describe(error) };
    }
    if (!stored) return { pack: bundled, source: 'bundled', installedAt: null, lastCheck, cacheProblem: null };
    try {
      const cached = await openEnvelope(stored.envelope, await keys());
      // An extension update may ship a newer bundled pack than the one downloaded earlier.
      if (cached.version <= bundled.version) {
        return { pack: bundled, source: 'bundled', installedAt: null, lastCheck, cacheProblem: null };
      }
      return { pack: cached, source: 'update', installedAt: stored.installedAt, lastCheck, cacheProblem: null };
    } catch (error) {
      return { pack: bundled, source: 'bundled', installedAt: null, lastCheck, cacheProblem: describe(error) };
    }
  }

  function state(): Promise<ResourceState> {
    current ??= load().catch((error: unknown) => {
      current = undefined;
      throw error;
    });
    return current;
  }

  async function fetchAndVerify(url: string): Promise<{ pack: ResourcePack; envelope: SignedEnvelope }> {
    let parsedUrl: URL;
    try {
      parsedUrl = new URL(url);
    } catch {
      throw new Refused('insecure_url', 'not a valid URL');
    }
    if (parsedUrl.protocol !== 'https:') throw new Refused('insecure_url', 'only https addresses are used');
    let bytes: Uint8Array;
    try {
      bytes = await deps.download(parsedUrl.href, MAX_PACK_BYTES);
    } catch (error) {
      const reason = error instanceof DownloadError ? error.reason : 'network';
      throw new Refused(reason, describe(error));
    }
    if (bytes.length > MAX_PACK_BYTES) throw new Refused('too_large', `more than ${MAX_PACK_BYTES} bytes`);
    let document: unknown;
    try {
      document = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      throw new Refused('corrupt', `not a JSON file: ${describe(error)}`);
    }
    const envelope = parseEnvelopeOrRefuse(document);
    const pack = await openEnvelope(envelope, await keys());
    return { pack, envelope };
  }

  function parseEnvelopeOrRefuse(document: unknown): SignedEnvelope {
    try {
      return parseEnvelope(document);
    } catch (error) {
      if (error instanceof SignatureError) throw new Refused(error.reason, error.message);
      throw error;
    }
  }

  async function checkForUpdate(url: string): Promise<UpdateCheck> {
    const at = now();
    let check: UpdateCheck;
    try {
      if (url.trim() === '') throw new Refused('no_url', 'no update address is set');
      const { pack, envelope } = await fetchAndVerify(url.trim());
      const inUse = await state();
      // A replayed older (or the same) pack must not roll the content back.
      if (pack.version <= inUse.pack.version) {
        throw new Refused('not_newer', `version ${pack.version} is not newer than ${inUse.pack.version}`, pack.version);
      }
      await deps.cache.writePack({ envelope, version: pack.version, installedAt: at, url });
      check = { at, url, ok: true, version: pack.version };
    } catch (error) {
      const refused =
        error instanceof Refused ? error : new Refused('network', `unexpected failure: ${describe(error)}`);
      check = { at, url, ok: false, reason: refused.reason, detail: refused.message };
      if (refused.version !== undefined) check.version = refused.version;
    }
    await deps.cache.writeCheck(check).catch(() => undefined);
    current = undefined;
    return check;
  }

  return {
    state,
    checkForUpdate,
    reset() {
      current = undefined;
    },
  };
}

/** fetch with no cookies, no cache, and a hard size cap (content-length first, then the body). */
export async function downloadHttps(url: string, maxBytes: number): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', cache: 'no-store', redirect: 'follow' });
  } catch (error) {
    throw new DownloadError('network', describe(error));
  }
  if (!response.ok) throw new DownloadError('network', `HTTP ${response.status}`);
  if (!response.url.startsWith('https:')) throw new DownloadError('network', 'redirected away from https');
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new DownloadError('too_large', `declared ${declared} bytes`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > maxBytes) throw new DownloadError('too_large', `${bytes.length} bytes`);
  return bytes;
}
