import { describe, expect, it } from 'vitest';
import { normalizeDomain, validatePolicy } from '../../../utils/policy/validate.ts';
import { POLICY_KEYS } from '../../../utils/policy/types.ts';

const KEY = {
  kty: 'EC',
  crv: 'P-256',
  x: 'fAGZteRSBF3ld9Ne_ytEFUgnPbnmhZwnBpb_JdOlWWA',
  y: 'Legh4vMZjM-rWyXheP1rtSLFlj20eNPlmqoYRTaBNi0',
  kid: 'school-2026',
};

const FULL = {
  sites: { x: true, reddit: false },
  displayMode: 'blur',
  sensitivity: 'sensitive',
  uiLanguage: 'ur',
  lockRequired: true,
  resourcePackUrl: 'https://school.example.edu.pk/basirat/pack.json',
  resourcePackKey: KEY,
  allowlistedDomains: ['school.example.edu.pk', 'WWW.Dawn.com', '*.gov.pk'],
  weeklySummary: false,
};

describe('validatePolicy', () => {
  it('accepts every key with valid values and rejects nothing', () => {
    const { policy, rejected } = validatePolicy(FULL);
    expect(rejected).toEqual([]);
    expect(policy).toEqual({
      ...FULL,
      allowlistedDomains: ['school.example.edu.pk', 'dawn.com', 'gov.pk'],
    });
    expect(Object.keys(policy).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('treats no policy (undefined, null, {}) as an empty policy', () => {
    for (const raw of [undefined, null, {}]) expect(validatePolicy(raw)).toEqual({ policy: {}, rejected: [] });
  });

  it('rejects a policy that is not an object', () => {
    expect(validatePolicy('blur')).toEqual({ policy: {}, rejected: [{ key: '(policy)', reason: expect.any(String) }] });
  });

  it.each([
    ['displayMode', 'invisible', /one of label, blur, hide/],
    ['displayMode', 2, /one of/],
    ['sensitivity', 'paranoid', /relaxed, balanced, sensitive/],
    ['uiLanguage', 'fr', /auto, en, ur/],
    ['lockRequired', 'yes', /true or false/],
    ['weeklySummary', 1, /true or false/],
    ['resourcePackUrl', 'http://school.example/pack.json', /only https/],
    ['resourcePackUrl', 'not a url', /not a web address/],
    ['resourcePackUrl', 'https://user:pw@school.example/pack.json', /user name or password/],
    ['resourcePackKey', { ...KEY, d: 'c2VjcmV0' }, /PRIVATE key/],
    ['resourcePackKey', { ...KEY, crv: 'P-384' }, /P-256/],
    ['resourcePackKey', { ...KEY, x: 'short' }, /43 characters/],
    ['resourcePackKey', { ...KEY, kid: undefined }, /kid/],
    ['resourcePackKey', 'a key', /JWK/],
    ['allowlistedDomains', 'school.edu.pk', /list of domain names/],
    ['sites', ['x'], /object of site ids/],
  ])('rejects %s = %j with a reason, keeping the default', (key, value, reason) => {
    const { policy, rejected } = validatePolicy({ [key]: value, displayMode: key === 'displayMode' ? value : 'label' });
    expect(policy).not.toHaveProperty(key);
    const entry = rejected.find((item) => item.key === key);
    expect(entry?.reason).toMatch(reason);
  });

  it('keeps the valid part when one key is wrong: a typo does not switch off the rest', () => {
    const { policy, rejected } = validatePolicy({ ...FULL, displayMode: 'blurr', colour: 'red' });
    expect(policy.displayMode).toBeUndefined();
    expect(policy.sensitivity).toBe('sensitive');
    expect(policy.lockRequired).toBe(true);
    expect(rejected.map((item) => item.key).sort()).toEqual(['colour', 'displayMode']);
    expect(rejected.find((item) => item.key === 'colour')?.reason).toMatch(/unknown key/);
  });

  it('drops single bad list entries and site switches, keeping the good ones', () => {
    const { policy, rejected } = validatePolicy({
      allowlistedDomains: ['school.edu.pk', 'https://dawn.com/news', 42, 'localhost', 'bbc.co.uk', 'school.edu.pk'],
      sites: { x: false, myspace: true, reddit: 'no' },
    });
    expect(policy.allowlistedDomains).toEqual(['school.edu.pk', 'bbc.co.uk']);
    expect(policy.sites).toEqual({ x: false });
    expect(rejected.map((item) => item.key)).toEqual([
      'allowlistedDomains[1]',
      'allowlistedDomains[2]',
      'allowlistedDomains[3]',
      'sites.myspace',
      'sites.reddit',
    ]);
  });

  it('caps the allowlist', () => {
    const many = Array.from({ length: 510 }, (_, index) => `site${index}.example`);
    const { policy, rejected } = validatePolicy({ allowlistedDomains: many });
    expect(policy.allowlistedDomains).toHaveLength(500);
    expect(rejected).toHaveLength(10);
  });
});

describe('normalizeDomain', () => {
  it('lower-cases and strips www., a leading wildcard and a trailing dot', () => {
    expect(normalizeDomain(' WWW.Example.COM. ')).toBe('example.com');
    expect(normalizeDomain('*.school.edu.pk')).toBe('school.edu.pk');
    expect(normalizeDomain('xn--mgbai9a5eva00b.pk')).toBe('xn--mgbai9a5eva00b.pk');
  });

  it.each(['example', 'http://example.com', 'example.com/path', 'exa mple.com', '-bad.com', 'a..b', ''])(
    'refuses %j',
    (value) => expect(() => normalizeDomain(value)).toThrow(/not a domain name/),
  );
});
