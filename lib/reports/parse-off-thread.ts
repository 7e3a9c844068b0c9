import 'server-only';
import { env } from '@/lib/env';
import { ParsePool, type ParseOutcome } from './parse-pool';

// The web server's parsers: PARSE_THREADS threads, one release at a time each, within
// PARSE_BUDGET_MS. A slow release keeps one of them, never the request thread.
const holder = globalThis as typeof globalThis & { releaseDeskParser?: ParsePool };

/** Parses a release in a parser thread, within the time budget (PARSE_BUDGET_MS); `keep` asks for the parse itself too. */
export function parseOffThread(bytes: Uint8Array, keep = false): Promise<ParseOutcome> {
  holder.releaseDeskParser ??= new ParsePool(env().PARSE_THREADS, env().PARSE_BUDGET_MS);
  return holder.releaseDeskParser.parse(bytes, keep);
}
