import 'server-only';
import { cache } from 'react';
import type { Correction } from '@/lib/domain/correction';
import { ParsedReleaseSchema, type ParsedRelease } from '@/lib/domain/release';
import type { Report, ReportCopy } from '@/lib/domain/report';
import { PARSER_VERSION } from '@/lib/parse';
import { decodeBytes } from '@/lib/parse/decode';
import { correctRelease, unmatchedCorrections, type CorrectedRelease } from '@/lib/report/corrected-release';
import { listingOf } from '@/lib/report/listing';
import { getStore } from '@/lib/storage';
import { libraryScope } from './edit-rights';
import { parseOffThread } from './parse-off-thread';

export type LoadedReport = {
  report: Report;
  /** The parser's own result, never changed by corrections. */
  parsed: ParsedRelease | null;
  /** The facts with the analyst's corrections applied: what the page, charts and exports show. */
  release: CorrectedRelease | null;
  /** Corrections whose fact a newer parser no longer reports. */
  unmatched: Correction[];
  /** The text to show: the parser's normalized text, or the decoded upload if it could not be parsed. */
  text: string;
  /** Every upload of the same file, this one included, the first first. */
  copies: ReportCopy[];
};

/**
 * The stored parse, re-parsed from the original bytes (off the request thread, and stored) when
 * an older parser wrote it. A release this parser could not read stays unread until a newer one.
 */
async function currentParse(report: Report, corrections: Correction[]): Promise<{ parsed: ParsedRelease | null; text: string }> {
  const current = report.parserVersion === PARSER_VERSION;
  if (current) {
    const stored = ParsedReleaseSchema.safeParse(report.parsed);
    if (stored.success) return { parsed: stored.data, text: stored.data.text };
  }
  const store = getStore();
  const original = await store.getOriginal(report.id);
  if (!original) return { parsed: null, text: '' };
  const decoded = () => decodeBytes(original.bytes);
  // This parser could not read it (stored unread): shown as its bytes, not parsed again on every view.
  if (current && report.parsed === null) return { parsed: null, text: decoded() };
  const outcome = await parseOffThread(original.bytes, true);
  const parsed = outcome.kind === 'parsed' ? outcome.parsed : null;
  const text = outcome.kind === 'parsed' ? outcome.text : decoded();
  await store.updateParse(report.id, {
    parserVersion: PARSER_VERSION,
    parsed: outcome.kind === 'parsed' ? outcome.packed : null,
    parseFailure: outcome.kind === 'parsed' ? null : outcome.kind,
    listing: parsed ? listingOf(correctRelease(parsed, corrections)) : null,
    searchText: text,
  });
  return { parsed, text };
}

/** A report with its parsed and corrected facts, read once per request. */
export const loadReport = cache(async (id: string): Promise<LoadedReport | null> => {
  const store = getStore();
  const report = await store.getReport(id);
  if (!report) return null;
  const corrections = await store.listCorrections(id);
  const { parsed, text } = await currentParse(report, corrections);
  return {
    report,
    parsed,
    release: parsed ? correctRelease(parsed, corrections) : null,
    unmatched: parsed ? unmatchedCorrections(parsed, corrections) : corrections,
    text,
    copies: await store.listCopies(id, await libraryScope()),
  };
});
