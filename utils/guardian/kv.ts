/**
 * The part of a browser.storage area the guardian, retention and tests use; injected so unit tests
 * run against a plain map and the background against storage.local / storage.session.
 */
export interface KvArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
}

/** An in-memory area (tests; a browser without storage.session). Values are copied like storage does. */
export function createMemoryArea(initial: Record<string, unknown> = {}): KvArea & { dump(): Record<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  return {
    async get(keys) {
      const wanted = keys === undefined || keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      const result: Record<string, unknown> = {};
      for (const key of wanted) if (data.has(key)) result[key] = structuredClone(data.get(key));
      return result;
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(keys) {
      for (const key of typeof keys === 'string' ? [keys] : keys) data.delete(key);
    },
    async clear() {
      data.clear();
    },
    dump() {
      return Object.fromEntries(data);
    },
  };
}
