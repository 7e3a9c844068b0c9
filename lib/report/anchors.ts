import type { Source } from '@/lib/domain/release';

/** The DOM id of a fact's row or field; an injective escape of its key, so ids never collide. */
export function factAnchor(key: string): string {
  return `fact-${key.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(36)}`)}`;
}

/** The DOM id of the highlighted words at `source`. */
export function sourceAnchor(source: Source): string {
  return `src-${source.start}-${source.end}`;
}
