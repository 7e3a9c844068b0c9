import 'server-only';
import type { Correction } from '@/lib/domain/correction';
import type { ParsedRelease } from '@/lib/domain/release';
import type { Report } from '@/lib/domain/report';
import { PARSER_VERSION } from '@/lib/parse';
import { decodeBytes } from '@/lib/parse/decode';
import { correctRelease } from '@/lib/report/corrected-release';
import { listingOf } from '@/lib/report/listing';
import { getStore } from '@/lib/storage';
import { isStorageFault } from '@/lib/storage/faults';
import { parseOffThread } from './parse-off-thread';

/** Reads a report's original again with this parser, off the request thread, and stores the result. */
export async function reparse(report: Report, corrections: Correction[]): Promise<{ parsed: ParsedRelease | null; text: string }> {
  const store = getStore();
  const original = await store.getOriginal(report.id);
  if (!original) return { parsed: null, text: '' };
  const outcome = await parseOffThread(original.bytes, true);
  const parsed = outcome.kind === 'parsed' ? outcome.parsed : null;
  const text = outcome.kind === 'parsed' ? outcome.text : decodeBytes(original.bytes);
  await store.updateParse(report.id, {
    parserVersion: PARSER_VERSION,
    parsed: outcome.kind === 'parsed' ? outcome.packed : null,
    parseFailure: outcome.kind === 'parsed' ? null : outcome.kind,
    listing: parsed ? listingOf(correctRelease(parsed, corrections)) : null,
    searchText: text,
  });
  return { parsed, text };
}

// Reports waiting to be read again, in this process, one at a time: a newer parser reads the
// library in the background, and an upload waits behind at most one of them.
const holder = globalThis as typeof globalThis & { releaseDeskStale?: { waiting: Set<string>; running: boolean } };

function queue() {
  holder.releaseDeskStale ??= { waiting: new Set(), running: false };
  return holder.releaseDeskStale;
}

async function drain() {
  const q = queue();
  if (q.running) return;
  q.running = true;
  try {
    for (const id of q.waiting) {
      q.waiting.delete(id);
      try {
        const store = getStore();
        const report = await store.getReport(id);
        // Another server (or an earlier turn) may have read it again already.
        if (report && report.parserVersion !== PARSER_VERSION) await reparse(report, await store.listCorrections(id));
      } catch (error) {
        // The store is down: leave the rest for the next view or the next start.
        if (isStorageFault(error)) break;
        console.error(`re-reading report ${id} failed`, error);
      }
    }
  } finally {
    q.running = false;
  }
}

/** Has these stale reports read again in the background; returns at once. */
export function scheduleReparse(ids: string[]): void {
  const q = queue();
  for (const id of ids) q.waiting.add(id);
  void drain();
}

// At start, at most this many stale reports are queued; the rest are read again when opened.
const STALE_AT_START = 100_000;

/** Queues every report an older parser wrote, at server start: the library catches up in the background. */
export async function rereadStaleReports(): Promise<number> {
  const ids = await getStore().listStale(PARSER_VERSION, STALE_AT_START);
  scheduleReparse(ids);
  return ids.length;
}
