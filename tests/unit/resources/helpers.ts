/** Shared fixtures for the resource tests: the bundled pack, fresh key pairs, signed envelopes, a memory cache. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ResourcePack } from '../../../utils/resources/schema.ts';
import {
  generateSigningKeyPair,
  signPackText,
  type SignedEnvelope,
  type TrustedKey,
} from '../../../utils/resources/signature.ts';
import type { PackCache, StoredPack, UpdateCheck } from '../../../utils/resources/store.ts';

export const BUNDLED_PATH = resolve(import.meta.dirname, '../../../public/resources/basirat-resources.json');

export function bundledJson(): ResourcePack {
  return JSON.parse(readFileSync(BUNDLED_PATH, 'utf8')) as ResourcePack;
}

/** The bundled pack with another version (what a publisher would sign). */
export function packVersion(version: number): ResourcePack {
  return { ...bundledJson(), version };
}

export interface Signer {
  keyId: string;
  trusted: TrustedKey;
  sign(pack: unknown): Promise<SignedEnvelope>;
  signText(text: string): Promise<SignedEnvelope>;
}

export async function makeSigner(keyId = 'test-key'): Promise<Signer> {
  const pair = await generateSigningKeyPair();
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return {
    keyId,
    trusted: { keyId, jwk },
    sign: (pack) => signPackText(JSON.stringify(pack), pair.privateKey, keyId),
    signText: (text) => signPackText(text, pair.privateKey, keyId),
  };
}

export function memoryCache(initial: { pack?: StoredPack; check?: UpdateCheck } = {}) {
  const state = { ...initial, writes: 0 };
  const cache: PackCache = {
    readPack: async () => state.pack,
    writePack: async (pack) => {
      state.writes += 1;
      state.pack = pack;
    },
    readCheck: async () => state.check,
    writeCheck: async (check) => {
      state.check = check;
    },
  };
  return { cache, state };
}

export function bytesOf(value: unknown): Uint8Array {
  return new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
}
