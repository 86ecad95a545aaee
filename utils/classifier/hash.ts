/** The string hash behind every hashed feature: changing it changes what a model's weights mean. */
export const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a step over the UTF-16 code units of text[start, end), continuing from `hash`. */
export function fnv(hash: number, text: string, start = 0, end = text.length): number {
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

/** Murmur3's finaliser, so that nearby strings spread over the buckets. */
export function finish(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** FNV-1a over UTF-16 code units with a murmur3 finaliser. */
export function hashString(text: string): number {
  return finish(fnv(FNV_OFFSET, text));
}
