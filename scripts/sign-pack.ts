/**
 * Signs a resource pack for distribution (issue #4). The extension accepts a downloaded pack only if
 * it is signed by a key in utils/resources/trustedKeys.ts and newer than the pack in use.
 *
 *   npx tsx scripts/sign-pack.ts keygen --private-out ~/basirat-pack.private.jwk [--key-id ID]
 *       Creates an ECDSA P-256 key pair: the private JWK goes to the file (mode 600, never into the
 *       repository), the public half is printed for trustedKeys.ts.
 *   npx tsx scripts/sign-pack.ts sign --in pack.json --out pack.signed.json --key-id ID
 *       [--key PATH | BASIRAT_PACK_PRIVATE_KEY=<JWK JSON> | BASIRAT_PACK_PRIVATE_KEY_FILE=PATH]
 *       Validates the pack (the same parsePack the extension runs) and writes the signed envelope.
 *   npx tsx scripts/sign-pack.ts verify --in pack.signed.json
 *       Checks a signed pack against the keys shipped in the extension.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parsePack } from '../utils/resources/schema.ts';
import {
  generateSigningKeyPair,
  importPrivateKey,
  parseEnvelope,
  signPackText,
  verifyEnvelope,
} from '../utils/resources/signature.ts';
import { TRUSTED_PACK_KEYS } from '../utils/resources/trustedKeys.ts';

const ROOT = resolve(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(`sign-pack: ${message}`);
  process.exit(1);
}

function readPrivateKey(path: string | undefined): JsonWebKey {
  const inline = process.env.BASIRAT_PACK_PRIVATE_KEY;
  const file = path ?? process.env.BASIRAT_PACK_PRIVATE_KEY_FILE;
  const text = file ? readFileSync(file, 'utf8') : inline;
  if (!text) fail('no private key: pass --key PATH or set BASIRAT_PACK_PRIVATE_KEY(_FILE)');
  const jwk = JSON.parse(text) as JsonWebKey;
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d) fail('the key is not a private ECDSA P-256 JWK');
  return jwk;
}

async function keygen(out: string | undefined, keyId: string): Promise<void> {
  if (!out) fail('keygen needs --private-out PATH');
  const target = resolve(out);
  if (target.startsWith(`${ROOT}/`)) fail('refusing to write a private key inside the repository');
  if (existsSync(target)) fail(`${target} exists; not overwriting a key`);
  const pair = await generateSigningKeyPair();
  writeFileSync(target, JSON.stringify(await crypto.subtle.exportKey('jwk', pair.privateKey)), { mode: 0o600 });
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  console.log(`private key written to ${target}; add this to utils/resources/trustedKeys.ts:`);
  console.log(JSON.stringify({ keyId, jwk: { kty, crv, x, y } }, null, 2));
}

async function sign(input: string | undefined, output: string | undefined, keyId: string, keyPath?: string) {
  if (!input || !output) fail('sign needs --in and --out');
  const text = readFileSync(input, 'utf8');
  const pack = parsePack(JSON.parse(text));
  const key = await importPrivateKey(readPrivateKey(keyPath));
  const envelope = await signPackText(text, key, keyId);
  writeFileSync(output, `${JSON.stringify(envelope, null, 2)}\n`);
  console.log(`signed pack version ${pack.version} with ${keyId} -> ${output}`);
}

async function verify(input: string | undefined): Promise<void> {
  if (!input) fail('verify needs --in');
  const text = await verifyEnvelope(parseEnvelope(JSON.parse(readFileSync(input, 'utf8'))), TRUSTED_PACK_KEYS);
  console.log(`valid signature; pack version ${parsePack(JSON.parse(text)).version}`);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      key: { type: 'string' },
      'key-id': { type: 'string', default: TRUSTED_PACK_KEYS[0]?.keyId ?? 'basirat-pack' },
      'private-out': { type: 'string' },
    },
  });
  const keyId = values['key-id'] ?? 'basirat-pack';
  switch (positionals[0]) {
    case 'keygen':
      return keygen(values['private-out'], keyId);
    case 'sign':
      return sign(values.in, values.out, keyId, values.key);
    case 'verify':
      return verify(values.in);
    default:
      fail('usage: sign-pack.ts keygen|sign|verify (see the header of scripts/sign-pack.ts)');
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
