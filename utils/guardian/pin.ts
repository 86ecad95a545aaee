/**
 * PIN hashing with WebCrypto PBKDF2-SHA-256 and a random salt. Only the hash, the salt and the
 * iteration count are stored, never the PIN. A short PIN can still be guessed offline by someone who
 * can read the extension's storage (developer tools), which is why docs/deploy.md recommends six or
 * more characters and the back-off guards the UI.
 */
export const PIN_MIN_CHARS = 4;
export const PIN_MAX_CHARS = 64;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about a quarter of a second in a service worker. */
export const DEFAULT_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export interface PinRecord {
  v: 1;
  alg: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
}

export class PinFormatError extends Error {
  override name = 'PinFormatError';
}

export function checkPinFormat(pin: unknown): string {
  if (typeof pin !== 'string') throw new PinFormatError('the PIN must be text');
  const length = [...pin].length;
  if (length < PIN_MIN_CHARS || length > PIN_MAX_CHARS)
    throw new PinFormatError(`the PIN must be ${PIN_MIN_CHARS} to ${PIN_MAX_CHARS} characters`);
  // NFC: the same PIN typed on an Urdu and an English keyboard layout must hash the same.
  return pin.normalize('NFC');
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

export async function createPinRecord(pin: string, iterations = DEFAULT_ITERATIONS): Promise<PinRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(checkPinFormat(pin), salt, iterations);
  return { v: 1, alg: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Compares every byte, so the time taken does not tell how much of the hash matched. */
function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  let normalized: string;
  try {
    normalized = checkPinFormat(pin);
  } catch {
    return false;
  }
  const hash = await derive(normalized, fromBase64(record.salt), record.iterations);
  return equalBytes(hash, fromBase64(record.hash));
}

/** Reads a stored record; anything malformed counts as "no usable record". */
export function parsePinRecord(value: unknown): PinRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (record.v !== 1 || record.alg !== 'PBKDF2-SHA-256') return undefined;
  if (typeof record.iterations !== 'number' || !Number.isInteger(record.iterations) || record.iterations < 1)
    return undefined;
  if (typeof record.salt !== 'string' || typeof record.hash !== 'string') return undefined;
  return { v: 1, alg: 'PBKDF2-SHA-256', iterations: record.iterations, salt: record.salt, hash: record.hash };
}
