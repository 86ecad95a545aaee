import { describe, expect, it } from 'vitest';
import {
  checkPinFormat,
  createPinRecord,
  DEFAULT_ITERATIONS,
  parsePinRecord,
  PinFormatError,
  verifyPin,
} from '../../../utils/guardian/pin.ts';

const FAST = 1000;

describe('PIN hashing', () => {
  it('stores only a salted PBKDF2 hash, the salt and the iteration count', async () => {
    const record = await createPinRecord('4821', FAST);
    expect(Object.keys(record).sort()).toEqual(['alg', 'hash', 'iterations', 'salt', 'v']);
    expect(record.alg).toBe('PBKDF2-SHA-256');
    expect(record.iterations).toBe(FAST);
    expect(atob(record.salt)).toHaveLength(16);
    expect(atob(record.hash)).toHaveLength(32);
    expect(JSON.stringify(record)).not.toContain('4821');
  });

  it('matches an independent PBKDF2 computation', async () => {
    const record = await createPinRecord('4821', FAST);
    const { pbkdf2Sync } = await import('node:crypto');
    const expected = pbkdf2Sync('4821', Buffer.from(record.salt, 'base64'), FAST, 32, 'sha256').toString('base64');
    expect(record.hash).toBe(expected);
  });

  it('salts every record: the same PIN never gives the same hash', async () => {
    const [a, b] = await Promise.all([createPinRecord('4821', FAST), createPinRecord('4821', FAST)]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('verifies the right PIN and refuses wrong ones', async () => {
    const record = await createPinRecord('sabaq-1234', FAST);
    expect(await verifyPin('sabaq-1234', record)).toBe(true);
    expect(await verifyPin('sabaq-1235', record)).toBe(false);
    expect(await verifyPin('SABAQ-1234', record)).toBe(false);
    expect(await verifyPin('', record)).toBe(false);
  });

  it('treats the same PIN typed in composed and decomposed form as the same (NFC)', async () => {
    const record = await createPinRecord('café1', FAST);
    expect(await verifyPin('cafe\u03011', record)).toBe(true);
  });

  it('uses 600,000 iterations by default', async () => {
    expect(DEFAULT_ITERATIONS).toBe(600_000);
    const record = await createPinRecord('4821');
    expect(record.iterations).toBe(600_000);
    expect(await verifyPin('4821', record)).toBe(true);
  });

  it('requires 4 to 64 characters', () => {
    expect(() => checkPinFormat('123')).toThrow(PinFormatError);
    expect(() => checkPinFormat('x'.repeat(65))).toThrow(PinFormatError);
    expect(() => checkPinFormat(1234)).toThrow(PinFormatError);
    expect(checkPinFormat('۱۲۳۴')).toBe('۱۲۳۴');
  });

  it('reads back only well-formed records', async () => {
    const record = await createPinRecord('4821', FAST);
    expect(parsePinRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(parsePinRecord({ ...record, v: 2 })).toBeUndefined();
    expect(parsePinRecord({ ...record, iterations: 0 })).toBeUndefined();
    expect(parsePinRecord('4821')).toBeUndefined();
    expect(parsePinRecord(null)).toBeUndefined();
  });
});
