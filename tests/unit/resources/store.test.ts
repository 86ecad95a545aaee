import { describe, expect, it, vi } from 'vitest';
import { MAX_PACK_BYTES } from '../../../utils/resources/schema.ts';
import { toBase64 } from '../../../utils/resources/signature.ts';
import {
  DownloadError,
  createResourceStore,
  downloadHttps,
  type ResourceStoreDeps,
} from '../../../utils/resources/store.ts';
import { bundledJson, bytesOf, makeSigner, memoryCache, packVersion, type Signer } from './helpers.ts';

const URL_OK = 'https://packs.example.org/basirat.json';

function setup(signer: Signer, served: () => Uint8Array | Promise<Uint8Array>, extra: Partial<ResourceStoreDeps> = {}) {
  const { cache, state } = memoryCache();
  const download = vi.fn(async () => served());
  const store = createResourceStore({
    cache,
    loadBundled: async () => bundledJson(),
    trustedKeys: [signer.trusted],
    download,
    now: () => Date.UTC(2026, 10, 28),
    ...extra,
  });
  return { store, state, download };
}

describe('resource store', () => {
  it('uses the bundled pack when nothing was downloaded', async () => {
    const signer = await makeSigner();
    const { store } = setup(signer, () => bytesOf(''));
    const state = await store.state();
    expect(state.source).toBe('bundled');
    expect(state.pack.version).toBe(bundledJson().version);
    expect(state.lastCheck).toBeNull();
  });

  it('installs a newer pack signed by a trusted key and uses it', async () => {
    const signer = await makeSigner();
    const envelope = await signer.sign(packVersion(5));
    const { store, state, download } = setup(signer, () => bytesOf(envelope));
    const check = await store.checkForUpdate(URL_OK);
    expect(check).toMatchObject({ ok: true, version: 5, url: URL_OK });
    expect(download).toHaveBeenCalledWith(URL_OK, MAX_PACK_BYTES);
    expect(state.pack?.version).toBe(5);
    const current = await store.state();
    expect(current).toMatchObject({ source: 'update', installedAt: Date.UTC(2026, 10, 28) });
    expect(current.pack.version).toBe(5);
    expect(current.lastCheck).toMatchObject({ ok: true, version: 5 });
  });

  it('refuses a replayed older (or the same) pack and keeps the newer one', async () => {
    const signer = await makeSigner();
    const v5 = await signer.sign(packVersion(5));
    const v4 = await signer.sign(packVersion(4));
    let served = v5;
    const { store, state } = setup(signer, () => bytesOf(served));
    expect((await store.checkForUpdate(URL_OK)).ok).toBe(true);
    served = v4;
    expect(await store.checkForUpdate(URL_OK)).toMatchObject({ ok: false, reason: 'not_newer', version: 4 });
    served = v5;
    expect(await store.checkForUpdate(URL_OK)).toMatchObject({ ok: false, reason: 'not_newer' });
    expect(state.pack?.version).toBe(5);
    expect((await store.state()).pack.version).toBe(5);
  });

  it('refuses a pack no newer than the bundled one', async () => {
    const signer = await makeSigner();
    const same = await signer.sign(packVersion(bundledJson().version));
    const { store, state } = setup(signer, () => bytesOf(same));
    expect(await store.checkForUpdate(URL_OK)).toMatchObject({ ok: false, reason: 'not_newer' });
    expect(state.writes).toBe(0);
  });

  const refusals: Array<[string, (signer: Signer) => Promise<Uint8Array>, string]> = [
    ['an unsigned pack', async () => bytesOf(packVersion(9)), 'unsigned'],
    ['a file that is not JSON', async () => bytesOf('<html>not found</html>'), 'corrupt'],
    ['bytes that are not UTF-8', async () => new Uint8Array([0xff, 0xfe, 0x00]), 'corrupt'],
    [
      'a payload swapped after signing',
      async (signer) => {
        const envelope = await signer.sign(packVersion(9));
        return bytesOf({ ...envelope, payload: toBase64(bytesOf(packVersion(10))) });
      },
      'bad_signature',
    ],
    [
      'a correctly signed payload that is not JSON',
      async (signer) => bytesOf(await signer.signText('{"version":')),
      'corrupt',
    ],
    [
      'a wrongly signed pack',
      async (signer) => {
        const other = await makeSigner(signer.keyId);
        return bytesOf(await other.sign(packVersion(9)));
      },
      'bad_signature',
    ],
    ['an unknown key', async () => bytesOf(await (await makeSigner('stranger')).sign(packVersion(9))), 'unknown_key'],
    [
      'a signed but invalid pack',
      async (signer) => bytesOf(await signer.sign({ ...packVersion(9), topics: [] })),
      'invalid',
    ],
  ];

  it.each(refusals)('refuses %s with a reason and keeps the pack in use', async (_name, serve, reason) => {
    const signer = await makeSigner();
    const body = await serve(signer);
    const { store, state } = setup(signer, () => body);
    const check = await store.checkForUpdate(URL_OK);
    expect(check).toMatchObject({ ok: false, reason });
    expect(check.detail).toBeTruthy();
    expect(state.writes).toBe(0);
    const current = await store.state();
    expect(current.source).toBe('bundled');
    expect(current.lastCheck).toMatchObject({ ok: false, reason });
  });

  it('refuses without downloading: no address, or not https', async () => {
    const signer = await makeSigner();
    const { store, download } = setup(signer, () => bytesOf(''));
    expect(await store.checkForUpdate('')).toMatchObject({ ok: false, reason: 'no_url' });
    expect(await store.checkForUpdate('http://packs.example.org/p.json')).toMatchObject({ reason: 'insecure_url' });
    expect(await store.checkForUpdate('not a url')).toMatchObject({ reason: 'insecure_url' });
    expect(download).not.toHaveBeenCalled();
  });

  it('reports network failures and oversize files', async () => {
    const signer = await makeSigner();
    const offline = setup(signer, () => Promise.reject(new DownloadError('network', 'HTTP 404')));
    expect(await offline.store.checkForUpdate(URL_OK)).toMatchObject({ reason: 'network', detail: 'HTTP 404' });
    const huge = setup(signer, () => new Uint8Array(MAX_PACK_BYTES + 1));
    expect(await huge.store.checkForUpdate(URL_OK)).toMatchObject({ reason: 'too_large' });
  });

  it('falls back to the bundled pack when the cached copy is corrupt', async () => {
    const signer = await makeSigner();
    const envelope = await signer.sign(packVersion(5));
    const { cache } = memoryCache({
      pack: {
        envelope: { ...envelope, payload: toBase64(bytesOf('{"broken":')) },
        version: 5,
        installedAt: 1,
        url: URL_OK,
      },
    });
    const store = createResourceStore({
      cache,
      loadBundled: async () => bundledJson(),
      trustedKeys: [signer.trusted],
      download: async () => new Uint8Array(),
    });
    const state = await store.state();
    expect(state.source).toBe('bundled');
    expect(state.cacheProblem).toBeTruthy();
  });

  it('falls back to the bundled pack when the cache cannot be read or its key is no longer trusted', async () => {
    const signer = await makeSigner();
    const throwing = createResourceStore({
      cache: { ...memoryCache().cache, readPack: () => Promise.reject(new Error('IndexedDB is broken')) },
      loadBundled: async () => bundledJson(),
      trustedKeys: [signer.trusted],
      download: async () => new Uint8Array(),
    });
    expect(await throwing.state()).toMatchObject({ source: 'bundled', cacheProblem: 'IndexedDB is broken' });

    const envelope = await signer.sign(packVersion(5));
    const rotated = createResourceStore({
      cache: memoryCache({ pack: { envelope, version: 5, installedAt: 1, url: URL_OK } }).cache,
      loadBundled: async () => bundledJson(),
      trustedKeys: [(await makeSigner('new-key')).trusted],
      download: async () => new Uint8Array(),
    });
    expect((await rotated.state()).source).toBe('bundled');
  });

  it('prefers a newer bundled pack (extension update) over an older download', async () => {
    const signer = await makeSigner();
    const envelope = await signer.sign(packVersion(5));
    const store = createResourceStore({
      cache: memoryCache({ pack: { envelope, version: 5, installedAt: 1, url: URL_OK } }).cache,
      loadBundled: async () => packVersion(6),
      trustedKeys: [signer.trusted],
      download: async () => new Uint8Array(),
    });
    expect(await store.state()).toMatchObject({ source: 'bundled', cacheProblem: null });
    expect((await store.state()).pack.version).toBe(6);
  });
});

describe('downloadHttps', () => {
  function respond(body: string, init: ResponseInit & { url?: string; length?: string } = {}) {
    const response = new Response(body, init);
    Object.defineProperty(response, 'url', { value: init.url ?? URL_OK });
    if (init.length) response.headers.set('content-length', init.length);
    return vi.fn(async () => response);
  }

  it('fetches without cookies or cache and returns the bytes', async () => {
    const fetchMock = respond('{"a":1}');
    vi.stubGlobal('fetch', fetchMock);
    try {
      expect(new TextDecoder().decode(await downloadHttps(URL_OK, 100))).toBe('{"a":1}');
      expect(fetchMock).toHaveBeenCalledWith(
        URL_OK,
        expect.objectContaining({ credentials: 'omit', cache: 'no-store' }),
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('refuses HTTP errors, redirects to http and oversize bodies', async () => {
    try {
      vi.stubGlobal('fetch', respond('missing', { status: 404 }));
      await expect(downloadHttps(URL_OK, 100)).rejects.toMatchObject({ reason: 'network' });
      vi.stubGlobal('fetch', respond('{}', { url: 'http://packs.example.org/p.json' }));
      await expect(downloadHttps(URL_OK, 100)).rejects.toMatchObject({ reason: 'network' });
      vi.stubGlobal('fetch', respond('x'.repeat(200)));
      await expect(downloadHttps(URL_OK, 100)).rejects.toMatchObject({ reason: 'too_large' });
      vi.stubGlobal('fetch', respond('{}', { length: '1000000' }));
      await expect(downloadHttps(URL_OK, 100)).rejects.toMatchObject({ reason: 'too_large' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
