import { parseRelease } from '@/lib/parse';
import { listingOf } from '@/lib/report/listing';
import { packParse } from '@/lib/storage/packed-parse';
import type { ParsedForStore } from './parse-pool';

/**
 * A release parsed into what the store keeps: the packed parse, the library row and the text; the
 * parse itself only when asked for. Made in the parser's thread, so a large parse never crosses to
 * another thread as an object to copy and serialize there.
 */
export function parseForStore(bytes: Uint8Array, keep: boolean): ParsedForStore {
  const parsed = parseRelease(bytes);
  return { packed: packParse(parsed), listing: listingOf(parsed), text: parsed.text, parsed: keep ? parsed : null };
}
