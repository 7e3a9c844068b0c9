import type { Correction } from '@/lib/domain/correction';
import type { ParsedRelease } from '@/lib/domain/release';
import type { Report } from '@/lib/domain/report';
import { PARSER_VERSION } from '@/lib/parse';
import { decodeBytes } from '@/lib/parse/decode';
import { correctRelease } from '@/lib/report/corrected-release';
import { listingOf } from '@/lib/report/listing';
import type { ReportStore } from '@/lib/storage/report-store';
import type { ParseOutcome } from './parse-pool';

/**
 * A report's original read again by this parser, its stored parse replaced: what a page showing a
 * report an older parser wrote, an app server's re-read queue and `npm run worker` share. The
 * library row is the corrected one, as the report's corrections still apply to the new reading.
 * `parse` must keep the parse itself (the corrections are applied to it).
 */
export async function rereadRelease(
  store: ReportStore,
  parse: (bytes: Uint8Array) => Promise<ParseOutcome>,
  report: Report,
  corrections: Correction[],
): Promise<{ parsed: ParsedRelease | null; text: string }> {
  const original = await store.getOriginal(report.id);
  if (!original) return { parsed: null, text: '' };
  const outcome = await parse(original.bytes);
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

/** Reads a stale report again, unless it has been (by another server, a worker, an earlier job) meanwhile. */
export async function rereadIfStale(store: ReportStore, parse: (bytes: Uint8Array) => Promise<ParseOutcome>, id: string): Promise<void> {
  const report = await store.getReport(id);
  if (report && report.parserVersion !== PARSER_VERSION) await rereadRelease(store, parse, report, await store.listCorrections(id));
}

// At a start, at most this many stale reports are queued; the rest are read again when opened.
const STALE_AT_START = 100_000;

/** The reports an older parser wrote, for an app server or a worker to queue at its start. */
export function staleReports(store: ReportStore): Promise<string[]> {
  return store.listStale(PARSER_VERSION, STALE_AT_START);
}
