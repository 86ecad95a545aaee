import type { ComponentChildren } from 'preact';

export type HeadingLevel = 2 | 3 | 4 | 5;

/** A heading whose level the parent chooses, so cards nest correctly in popup, help and lessons. */
export function Heading({ level, children, id }: { level: HeadingLevel; children: ComponentChildren; id?: string }) {
  const Tag = `h${level}` as 'h2';
  return <Tag id={id}>{children}</Tag>;
}

export function nextLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 5) as HeadingLevel;
}
