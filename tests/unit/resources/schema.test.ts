import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../utils/sites/index.ts';
import {
  PackSchemaError,
  TOPIC_IDS,
  parsePack,
  routesFor,
  type ResourcePack,
} from '../../../utils/resources/schema.ts';
import { bundledJson } from './helpers.ts';

function broken(change: (pack: ResourcePack & Record<string, unknown>) => void): unknown {
  const pack = structuredClone(bundledJson()) as ResourcePack & Record<string, unknown>;
  change(pack);
  return pack;
}

describe('the bundled resource pack', () => {
  const pack = parsePack(bundledJson());

  it('is valid, versioned and has a card for every harm and technique', () => {
    expect(pack.format).toBe('basirat-resource-pack');
    expect(pack.schemaVersion).toBe(1);
    expect(pack.version).toBeGreaterThanOrEqual(1);
    expect(pack.topics.map((topic) => topic.id).sort()).toEqual([...TOPIC_IDS].sort());
    for (const topic of pack.topics) expect(routesFor(pack, topic.id).length, topic.id).toBeGreaterThan(0);
  });

  it('has the Pakistan routes the issue asks for', () => {
    const values = pack.routes.flatMap((route) => route.contacts.map((contact) => contact.value));
    for (const number of ['1717', '1719', '0800-39393']) expect(values).toContain(number);
    for (const id of ['nacta', 'drf', 'pta', 'nccia', 'paigham', 'inoculation', 'trusted_adult', 'emergency'])
      expect(pack.routes.map((route) => route.id)).toContain(id);
    expect(values.some((value) => value.startsWith('https://inoculation.science'))).toBe(true);
  });

  it('explains how to report on every supported platform', () => {
    const platforms = pack.routes.filter((route) => route.kind === 'platform').map((route) => route.platform);
    for (const adapter of ADAPTERS) expect(platforms, adapter.id).toContain(adapter.id);
  });

  it('gives every number and address a date and a source, and marks unconfirmed ones', () => {
    const contacts = pack.routes.flatMap((route) => route.contacts);
    expect(contacts.length).toBeGreaterThan(10);
    for (const contact of contacts) {
      expect(contact.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(contact.source.length).toBeGreaterThan(10);
      // Confirmed means read on the organisation's own site: the source names the address it was read at.
      if (contact.verified)
        expect(contact.source, contact.value).toMatch(/\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(pk|com|org)\b/);
    }
    // Some are still unconfirmed (press reports only, or no copy of the page found): the UI says so.
    expect(contacts.filter((contact) => !contact.verified).length).toBeGreaterThan(0);
  });

  it('matches the documented JSON Schema on topic ids and route kinds', () => {
    const schema = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../../docs/resource-pack.schema.json'), 'utf8'),
    );
    expect([...schema.properties.topics.items.properties.id.enum].sort()).toEqual([...TOPIC_IDS].sort());
    const kinds = schema.properties.routes.items.properties.kind.enum as string[];
    for (const route of pack.routes) expect(kinds).toContain(route.kind);
  });
});

describe('parsePack refuses', () => {
  const cases: Array<[string, unknown]> = [
    ['not an object', 'hello'],
    ['another format', broken((p) => (p.format = 'other' as 'basirat-resource-pack'))],
    ['a newer schema', broken((p) => (p.schemaVersion = 2 as 1))],
    ['a fractional version', broken((p) => (p.version = 1.5))],
    ['a missing topic', broken((p) => p.topics.pop())],
    ['a duplicate topic', broken((p) => p.topics.push(p.topics[0]!))],
    ['an unknown route reference', broken((p) => p.topics[0]!.routes.push('nowhere'))],
    ['a duplicate route id', broken((p) => p.routes.push(p.routes[0]!))],
    ['a missing Urdu text', broken((p) => (p.topics[0]!.card.ask.ur = ''))],
    [
      'an http address',
      broken((p) => (p.routes.find((r) => r.id === 'drf')!.contacts[1]!.value = 'http://example.org/')),
    ],
    [
      'a javascript: address',
      broken((p) => (p.routes.find((r) => r.id === 'drf')!.contacts[1]!.value = 'javascript:alert(1)')),
    ],
    [
      'a phone number with letters',
      broken((p) => (p.routes.find((r) => r.id === 'drf')!.contacts[0]!.value = 'call me')),
    ],
    ['a contact without a source', broken((p) => (p.routes.find((r) => r.id === 'drf')!.contacts[0]!.source = ''))],
    [
      'a contact without a verified flag',
      broken(
        (p) => delete (p.routes.find((r) => r.id === 'drf')!.contacts[0] as Partial<{ verified: boolean }>).verified,
      ),
    ],
    ['a bad date', broken((p) => (p.routes.find((r) => r.id === 'drf')!.contacts[0]!.checkedOn = 'yesterday'))],
    [
      'a harm topic marked as technique',
      broken((p) => (p.topics[0]!.kind = p.topics[0]!.kind === 'harm' ? 'technique' : 'harm')),
    ],
  ];
  it.each(cases)('%s', (_name, value) => {
    expect(() => parsePack(value)).toThrow(PackSchemaError);
  });

  it('drops fields it does not know', () => {
    const pack = parsePack(broken((p) => (p.extra = '<script>')));
    expect('extra' in pack).toBe(false);
  });
});
