/**
 * Test helpers: Chrome's rules for a managed_schema.json (a schema Chrome cannot parse stops the
 * extension from loading), and a validator for the subset of JSON Schema the schema uses.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type SchemaNode = { [key: string]: Json };

/** Attributes Chrome's policy schema parser accepts per type (components/policy/core/common/schema.cc). */
const ALLOWED: Record<string, readonly string[]> = {
  array: ['description', 'id', 'items', 'sensitiveValue', 'title', 'type'],
  boolean: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  integer: ['description', 'enum', 'id', 'maximum', 'minimum', 'sensitiveValue', 'title', 'type'],
  number: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  object: [
    'additionalProperties',
    'description',
    'id',
    'patternProperties',
    'properties',
    'required',
    'sensitiveValue',
    'title',
    'type',
  ],
  string: ['description', 'enum', 'id', 'pattern', 'sensitiveValue', 'title', 'type'],
};

/** Problems Chrome would refuse the schema for; empty when it loads. */
export function chromeSchemaProblems(schema: SchemaNode, path = '(root)'): string[] {
  const type = schema.type;
  if (typeof type !== 'string' || !(type in ALLOWED)) return [`${path}: needs a known "type"`];
  const problems = Object.keys(schema)
    .filter((key) => !ALLOWED[type]!.includes(key))
    .map((key) => `${path}: "${key}" is not allowed for type ${type}`);
  if (type === 'array') {
    const items = schema.items as SchemaNode | undefined;
    if (!items || typeof items !== 'object') problems.push(`${path}: an array needs "items"`);
    else problems.push(...chromeSchemaProblems(items, `${path}[]`));
  }
  if (type === 'object') {
    for (const [name, child] of Object.entries((schema.properties ?? {}) as Record<string, SchemaNode>))
      problems.push(...chromeSchemaProblems(child, `${path}.${name}`));
  }
  if (Array.isArray(schema.enum) && schema.enum.length === 0) problems.push(`${path}: empty enum`);
  return problems;
}

/** Validates `value` against the subset of JSON Schema above; returns the problems found. */
export function schemaErrors(schema: SchemaNode, value: unknown, path = '(root)'): string[] {
  const type = schema.type;
  const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (kind !== type) return [`${path}: expected ${String(type)}, got ${kind}`];
  const errors: string[] = [];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value as Json)) errors.push(`${path}: not in enum`);
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value as string))
    errors.push(`${path}: does not match ${schema.pattern}`);
  if (type === 'array')
    (value as unknown[]).forEach((item, index) =>
      errors.push(...schemaErrors(schema.items as SchemaNode, item, `${path}[${index}]`)),
    );
  if (type === 'object') {
    const properties = (schema.properties ?? {}) as Record<string, SchemaNode>;
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (!properties[key]) errors.push(`${path}.${key}: not in the schema`);
      else errors.push(...schemaErrors(properties[key], child, `${path}.${key}`));
    }
  }
  return errors;
}
