/**
 * The managed schema Chrome loads, and every deployment example in docs/examples (docs/deploy.md):
 * each is parsed the way its browser reads it, validated against public/managed_schema.json and by
 * the extension's own validator, with nothing rejected.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_KEYS } from '../../../utils/policy/types.ts';
import { validatePolicy } from '../../../utils/policy/validate.ts';
import { DISPLAY_MODES, SENSITIVITIES, UI_LANGUAGES } from '../../../utils/settings.ts';
import { SITE_IDS } from '../../../utils/sites/types.ts';
import { chromeSchemaProblems, schemaErrors, type SchemaNode } from './chromeSchema.ts';
import { findKey, parseReg, regPolicy } from './regFile.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string): string => readFileSync(resolve(ROOT, path), 'utf8');
const json = (path: string): Record<string, unknown> => JSON.parse(read(path)) as Record<string, unknown>;
const SCHEMA = json('public/managed_schema.json') as SchemaNode;
const PROPERTIES = SCHEMA.properties as Record<string, SchemaNode>;
const EXAMPLE_CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const GECKO_ID = /GECKO_ID = '([^']+)'/.exec(read('wxt.config.ts'))?.[1];

function expectValid(policy: unknown): void {
  expect(schemaErrors(SCHEMA, policy)).toEqual([]);
  const { policy: valid, rejected } = validatePolicy(policy);
  expect(rejected).toEqual([]);
  expect(Object.keys(valid).sort()).toEqual([...POLICY_KEYS].sort());
}

describe('public/managed_schema.json', () => {
  it('is a schema Chrome accepts (only the attributes its parser knows, no top-level additionalProperties)', () => {
    expect(chromeSchemaProblems(SCHEMA)).toEqual([]);
    expect(SCHEMA.type).toBe('object');
    expect(SCHEMA).not.toHaveProperty('additionalProperties');
  });

  it('declares exactly the keys the validator reads, with the same allowed values', () => {
    expect(Object.keys(PROPERTIES).sort()).toEqual([...POLICY_KEYS].sort());
    expect(PROPERTIES.displayMode!.enum).toEqual([...DISPLAY_MODES]);
    expect(PROPERTIES.sensitivity!.enum).toEqual([...SENSITIVITIES]);
    expect(PROPERTIES.uiLanguage!.enum).toEqual([...UI_LANGUAGES]);
    expect(Object.keys(PROPERTIES.sites!.properties as object)).toEqual([...SITE_IDS]);
  });

  it('is what the Chrome build points to', () => {
    expect(read('wxt.config.ts')).toContain("managed_schema: 'managed_schema.json'");
  });
});

describe('docs/examples', () => {
  it('Linux (/etc/chromium/policies/managed/*.json)', () => {
    const file = json('docs/examples/chromium-linux-basirat.json') as {
      '3rdparty': { extensions: Record<string, unknown> };
    };
    expect(Object.keys(file)).toEqual(['3rdparty']);
    expect(Object.keys(file['3rdparty'].extensions)).toEqual([EXAMPLE_CHROME_ID]);
    expectValid(file['3rdparty'].extensions[EXAMPLE_CHROME_ID]);
  });

  it('Google Admin console ("Policy for extensions": every value wrapped in {"Value": …})', () => {
    const file = json('docs/examples/google-admin-basirat.json') as Record<string, { Value: unknown }>;
    for (const entry of Object.values(file)) expect(Object.keys(entry)).toEqual(['Value']);
    expectValid(Object.fromEntries(Object.entries(file).map(([key, entry]) => [key, entry.Value])));
  });

  it('Windows group policy (.reg)', () => {
    const text = read('docs/examples/windows-chrome-basirat.reg');
    expect(text.split('\r\n').length).toBeGreaterThan(10);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const { header, root } = parseReg(text);
    expect(header).toBe('Windows Registry Editor Version 5.00');
    const key = findKey(
      root,
      `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${EXAMPLE_CHROME_ID}\\policy`,
    );
    expect(key).toBeDefined();
    const policy = regPolicy(key!, SCHEMA);
    expectValid(policy);
    expect(policy.lockRequired).toBe(true);
    expect(policy.allowlistedDomains).toEqual(['school.example', 'lms.school.example']);
  });

  it('Firefox (policies.json, 3rdparty.Extensions.<add-on id>)', () => {
    expect(GECKO_ID).toMatch(/^[\w.-]+@[\w.-]+$/);
    const file = json('docs/examples/firefox-policies.json') as {
      policies: {
        '3rdparty': { Extensions: Record<string, unknown> };
        ExtensionSettings: Record<string, { installation_mode: string }>;
      };
    };
    expect(Object.keys(file.policies['3rdparty'].Extensions)).toEqual([GECKO_ID]);
    expect(file.policies.ExtensionSettings[GECKO_ID!]?.installation_mode).toBe('force_installed');
    expectValid(file.policies['3rdparty'].Extensions[GECKO_ID!]);
  });

  it('all four set the same policy', () => {
    const linux = (
      json('docs/examples/chromium-linux-basirat.json') as { '3rdparty': { extensions: Record<string, unknown> } }
    )['3rdparty'].extensions[EXAMPLE_CHROME_ID];
    const firefox = (
      json('docs/examples/firefox-policies.json') as {
        policies: { '3rdparty': { Extensions: Record<string, unknown> } };
      }
    ).policies['3rdparty'].Extensions[GECKO_ID!];
    const admin = Object.fromEntries(
      Object.entries(json('docs/examples/google-admin-basirat.json') as Record<string, { Value: unknown }>).map(
        ([key, entry]) => [key, entry.Value],
      ),
    );
    const reg = regPolicy(
      findKey(
        parseReg(read('docs/examples/windows-chrome-basirat.reg')).root,
        `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${EXAMPLE_CHROME_ID}\\policy`,
      )!,
      SCHEMA,
    );
    expect(firefox).toEqual(linux);
    expect(admin).toEqual(linux);
    expect(reg).toEqual(linux);
  });

  it('are the files docs/deploy.md tells administrators to use', () => {
    const guide = read('docs/deploy.md');
    for (const file of [
      'chromium-linux-basirat.json',
      'google-admin-basirat.json',
      'windows-chrome-basirat.reg',
      'firefox-policies.json',
    ])
      expect(guide).toContain(`examples/${file}`);
  });
});
