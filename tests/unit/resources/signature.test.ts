import { describe, expect, it } from 'vitest';
import {
  SignatureError,
  fromBase64,
  parseEnvelope,
  toBase64,
  verifyEnvelope,
} from '../../../utils/resources/signature.ts';
import { TRUSTED_PACK_KEYS } from '../../../utils/resources/trustedKeys.ts';
import { makeSigner, packVersion } from './helpers.ts';

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    return error instanceof SignatureError ? error.reason : `other: ${String(error)}`;
  }
}

describe('signed packs', () => {
  it('round-trips base64', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 128]);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(() => fromBase64('not base64!')).toThrow();
  });

  it('accepts a pack signed by a trusted key and returns its exact text', async () => {
    const signer = await makeSigner();
    const envelope = await signer.sign(packVersion(2));
    const text = await verifyEnvelope(parseEnvelope(envelope), [signer.trusted]);
    expect(JSON.parse(text)).toEqual(packVersion(2));
  });

  it('refuses a pack whose bytes changed after signing (bad signature)', async () => {
    const signer = await makeSigner();
    const envelope = await signer.sign(packVersion(2));
    const tampered = { ...envelope, payload: toBase64(new TextEncoder().encode(JSON.stringify(packVersion(99)))) };
    expect(await reasonOf(verifyEnvelope(parseEnvelope(tampered), [signer.trusted]))).toBe('bad_signature');
  });

  it('refuses a pack signed by another key under a trusted key id (bad signature)', async () => {
    const trusted = await makeSigner('basirat-pack-2026-1');
    const attacker = await makeSigner('basirat-pack-2026-1');
    const envelope = await attacker.sign(packVersion(2));
    expect(await reasonOf(verifyEnvelope(parseEnvelope(envelope), [trusted.trusted]))).toBe('bad_signature');
  });

  it('refuses a key id it does not trust', async () => {
    const signer = await makeSigner('someone-else');
    const envelope = await signer.sign(packVersion(2));
    expect(await reasonOf(verifyEnvelope(parseEnvelope(envelope), TRUSTED_PACK_KEYS))).toBe('unknown_key');
  });

  it('calls a pack without signature unsigned, and a broken envelope corrupt', async () => {
    const signer = await makeSigner();
    const envelope = await signer.sign(packVersion(2));
    expect(() => parseEnvelope(packVersion(2))).toThrow(expect.objectContaining({ reason: 'unsigned' }));
    expect(() => parseEnvelope({ ...envelope, signature: '' })).toThrow(
      expect.objectContaining({ reason: 'unsigned' }),
    );
    expect(() => parseEnvelope([])).toThrow(expect.objectContaining({ reason: 'corrupt' }));
    expect(() => parseEnvelope({ ...envelope, algorithm: 'RSA' })).toThrow(
      expect.objectContaining({ reason: 'corrupt' }),
    );
    const garbled = { ...envelope, signature: '@@@@' };
    expect(await reasonOf(verifyEnvelope(parseEnvelope(garbled), [signer.trusted]))).toBe('corrupt');
  });

  it('ships at least one trusted P-256 public key and no private key material', () => {
    expect(TRUSTED_PACK_KEYS.length).toBeGreaterThan(0);
    for (const key of TRUSTED_PACK_KEYS) {
      expect(key.jwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
      expect('d' in key.jwk).toBe(false);
    }
  });
});
