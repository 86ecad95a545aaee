/** A resource-pack signing key set by policy is trusted in addition to the bundled keys (issue #5). */
import { describe, expect, it } from 'vitest';
import { packKeysFromPolicy } from '../../../utils/policy/packKeys.ts';
import { validatePolicy } from '../../../utils/policy/validate.ts';
import { createResourceStore } from '../../../utils/resources/store.ts';
import { bundledJson, bytesOf, makeSigner, memoryCache, packVersion } from '../resources/helpers.ts';

const URL = 'https://school.example/basirat/resources.json';

describe('policy resourcePackKey', () => {
  it('lets a pack signed by the school key in, only while the policy names that key', async () => {
    const bundledSigner = await makeSigner('basirat-project');
    const school = await makeSigner('school-example-2026');
    const jwk = school.trusted.jwk;
    const { policy, rejected } = validatePolicy({
      resourcePackKey: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, kid: school.keyId },
    });
    expect(rejected).toEqual([]);
    let current = policy;
    const envelope = await school.sign(packVersion(bundledJson().version + 1));
    const store = createResourceStore({
      cache: memoryCache().cache,
      loadBundled: async () => bundledJson(),
      trustedKeys: [bundledSigner.trusted],
      extraTrustedKeys: async () => packKeysFromPolicy(current),
      download: async () => bytesOf(envelope),
    });

    current = {};
    expect(await store.checkForUpdate(URL)).toMatchObject({ ok: false, reason: 'unknown_key' });
    current = policy;
    expect(await store.checkForUpdate(URL)).toMatchObject({ ok: true, version: bundledJson().version + 1 });
    expect((await store.state()).source).toBe('update');
  });

  it('maps the JWK without extra members, and nothing when the policy has no key', () => {
    const key = { kty: 'EC', crv: 'P-256', x: 'x'.repeat(43), y: 'y'.repeat(43), kid: 'k1' } as const;
    expect(packKeysFromPolicy({ resourcePackKey: key })).toEqual([
      { keyId: 'k1', jwk: { kty: 'EC', crv: 'P-256', x: key.x, y: key.y } },
    ]);
    expect(packKeysFromPolicy({})).toEqual([]);
  });
});
