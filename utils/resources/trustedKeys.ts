/**
 * Public keys whose signatures make a downloaded resource pack acceptable. Only public halves live
 * here; private keys never enter the repository (scripts/sign-pack.ts reads one from a path or the
 * environment). Rotating: add the new key, publish packs signed with it, remove the old one later.
 */
import type { TrustedKey } from './signature.ts';

export const TRUSTED_PACK_KEYS: readonly TrustedKey[] = [
  {
    // Generated 2026-11-28 for issue #4; the private half is kept outside the repository by the maintainers.
    keyId: 'basirat-pack-2026-1',
    jwk: {
      kty: 'EC',
      crv: 'P-256',
      x: 'fAGZteRSBF3ld9Ne_ytEFUgnPbnmhZwnBpb_JdOlWWA',
      y: 'Legh4vMZjM-rWyXheP1rtSLFlj20eNPlmqoYRTaBNi0',
    },
  },
];
