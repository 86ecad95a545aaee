import type { TrustedKey } from '../resources/signature.ts';
import type { ManagedPolicy } from './types.ts';

/**
 * The resource-pack signing key a policy adds, in the form the pack verifier takes. It is added to
 * the bundled keys, never replacing them; a policy key with a bundled key's id is never consulted.
 */
export function packKeysFromPolicy(policy: ManagedPolicy): TrustedKey[] {
  const key = policy.resourcePackKey;
  if (!key) return [];
  return [{ keyId: key.kid, jwk: { kty: key.kty, crv: key.crv, x: key.x, y: key.y } }];
}
