/**
 * Signed resource packs: the pack's exact UTF-8 bytes travel base64-encoded next to an ECDSA P-256
 * (SHA-256) signature over those bytes, so no JSON canonicalisation is needed. WebCrypto only: the
 * same code runs in the extension, in Node (scripts/sign-pack.ts) and in the tests.
 */
export const ENVELOPE_FORMAT = 'basirat-signed-pack';
export const ALGORITHM = 'ECDSA-P256-SHA256';
const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface SignedEnvelope {
  format: typeof ENVELOPE_FORMAT;
  algorithm: typeof ALGORITHM;
  keyId: string;
  /** base64 of the pack JSON's UTF-8 bytes. */
  payload: string;
  /** base64 of the 64-byte r||s signature. */
  signature: string;
}

/** A public key the extension trusts, as a JWK (kty EC, crv P-256). */
export interface TrustedKey {
  keyId: string;
  jwk: JsonWebKey;
}

/** Why a signed pack was refused; the UI shows each code as a sentence. */
export type SignatureFailure = 'corrupt' | 'unsigned' | 'unknown_key' | 'bad_signature';

export class SignatureError extends Error {
  override name = 'SignatureError';
  constructor(
    readonly reason: SignatureFailure,
    message: string,
  ) {
    super(message);
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new Error('not base64');
  const binary = atob(text);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the envelope's shape. A document without signature fields (for example a bare pack) is
 * `unsigned`; one with the fields but in the wrong form is `corrupt`.
 */
export function parseEnvelope(value: unknown): SignedEnvelope {
  if (!isRecord(value)) throw new SignatureError('corrupt', 'the file is not a JSON object');
  if (value.signature === undefined || value.signature === '' || value.keyId === undefined) {
    throw new SignatureError('unsigned', 'the pack carries no signature');
  }
  if (value.format !== ENVELOPE_FORMAT || value.algorithm !== ALGORITHM) {
    throw new SignatureError('corrupt', `expected format ${ENVELOPE_FORMAT} with ${ALGORITHM}`);
  }
  for (const field of ['keyId', 'payload', 'signature'] as const) {
    if (typeof value[field] !== 'string' || value[field] === '') {
      throw new SignatureError('corrupt', `${field} must be a non-empty string`);
    }
  }
  return {
    format: ENVELOPE_FORMAT,
    algorithm: ALGORITHM,
    keyId: value.keyId as string,
    payload: value.payload as string,
    signature: value.signature as string,
  };
}

export function importPublicKey(jwk: JsonWebKey): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', jwk, ECDSA, false, ['verify']);
}

/**
 * Checks the signature with the trusted key the envelope names and returns the signed payload text.
 * Throws SignatureError: unknown key id, undecodable fields, or a signature that does not match.
 */
export async function verifyEnvelope(envelope: SignedEnvelope, trusted: readonly TrustedKey[]): Promise<string> {
  const key = trusted.find((candidate) => candidate.keyId === envelope.keyId);
  if (!key) throw new SignatureError('unknown_key', `key ${JSON.stringify(envelope.keyId)} is not trusted`);
  let payload: Uint8Array;
  let signature: Uint8Array;
  try {
    payload = fromBase64(envelope.payload);
    signature = fromBase64(envelope.signature);
  } catch {
    throw new SignatureError('corrupt', 'payload or signature is not base64');
  }
  let ok = false;
  try {
    const publicKey = await importPublicKey(key.jwk);
    ok = await crypto.subtle.verify(SIGN, publicKey, new Uint8Array(signature), new Uint8Array(payload));
  } catch {
    ok = false;
  }
  if (!ok) throw new SignatureError('bad_signature', 'the signature does not match the pack');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(payload);
  } catch {
    throw new SignatureError('corrupt', 'the payload is not UTF-8 text');
  }
}

/** Signs pack text (scripts/sign-pack.ts and tests; the extension never signs). */
export async function signPackText(packText: string, privateKey: CryptoKey, keyId: string): Promise<SignedEnvelope> {
  const payload = new TextEncoder().encode(packText);
  const signature = new Uint8Array(await crypto.subtle.sign(SIGN, privateKey, payload));
  return {
    format: ENVELOPE_FORMAT,
    algorithm: ALGORITHM,
    keyId,
    payload: toBase64(payload),
    signature: toBase64(signature),
  };
}

export async function generateSigningKeyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ECDSA, true, ['sign', 'verify']);
}

export function importPrivateKey(jwk: JsonWebKey): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', jwk, ECDSA, false, ['sign']);
}
