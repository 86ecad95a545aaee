/** sha256 of model bytes via WebCrypto, available in extension contexts and in Node 20. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export class ModelIntegrityError extends Error {
  override name = 'ModelIntegrityError';
}

/** Refuses model bytes that are not the file the metadata describes (a partial download, a stale build). */
export async function verifyModelBytes(bytes: Uint8Array, expectedSha256: string): Promise<Uint8Array> {
  const actual = await sha256Hex(bytes);
  if (actual !== expectedSha256) {
    throw new ModelIntegrityError(`model file sha256 ${actual} does not match metadata ${expectedSha256}`);
  }
  return bytes;
}
