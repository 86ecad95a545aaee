/**
 * Test helper: reads the Windows .reg example the way Chrome's registry policy loader maps it onto
 * the schema: string values, DWORD 0/1 for booleans, subkeys for objects, and subkeys with values
 * named 1, 2, 3… for lists.
 */
import type { SchemaNode } from './chromeSchema.ts';

type RegValue = string | number;
interface RegKey {
  values: Map<string, RegValue>;
  keys: Map<string, RegKey>;
}

function emptyKey(): RegKey {
  return { values: new Map(), keys: new Map() };
}

export function parseReg(text: string): { header: string; root: RegKey } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n/);
  const header = lines[0] ?? '';
  const root = emptyKey();
  let current: RegKey | null = null;
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      current = root;
      for (const part of section[1]!.split('\\')) {
        if (!current.keys.has(part)) current.keys.set(part, emptyKey());
        current = current.keys.get(part)!;
      }
      continue;
    }
    const value = /^"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`cannot read .reg line: ${line}`);
    current.values.set(value[1]!, value[2] !== undefined ? value[2].replace(/\\(.)/g, '$1') : parseInt(value[3]!, 16));
  }
  return { header, root };
}

export function findKey(root: RegKey, path: string): RegKey | undefined {
  let current: RegKey | undefined = root;
  for (const part of path.split('\\')) current = current?.keys.get(part);
  return current;
}

function convert(schema: SchemaNode, value: RegValue | RegKey): unknown {
  if (schema.type === 'boolean') return typeof value === 'number' ? value !== 0 : value;
  if (schema.type === 'string' || schema.type === 'integer') return value;
  const key = value as RegKey;
  if (schema.type === 'array') {
    return [...key.values.entries()]
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, item]) => convert(schema.items as SchemaNode, item));
  }
  const properties = (schema.properties ?? {}) as Record<string, SchemaNode>;
  const result: Record<string, unknown> = {};
  for (const [name, item] of [...key.values.entries(), ...key.keys.entries()]) {
    result[name] = properties[name] ? convert(properties[name], item) : item;
  }
  return result;
}

/** The policy object under `...\policy`, typed by the schema. */
export function regPolicy(key: RegKey, schema: SchemaNode): Record<string, unknown> {
  return convert(schema, key) as Record<string, unknown>;
}
