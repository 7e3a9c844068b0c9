import 'server-only';
import { cache } from 'react';
import type { Correction } from '@/lib/domain/correction';
import { ParsedReleaseSchema, type ParsedRelease } from '@/lib/domain/release';
import type { Report, ReportCopy } from '@/lib/domain/report';
import { PARSER_VERSION } from '@/lib/parse';
import { decodeBytes } from '@/lib/parse/decode';
import { correctRelease, unmatchedCorrections, type CorrectedRelease } from '@/lib/report/corrected-release';
import { getStore } from '@/lib/storage';
import { libraryScope } from './edit-rights';
import { reparse, scheduleReparse } from './stale-reparse';

export type LoadedReport = {
  report: Report;
  /** The older parser that wrote the parse shown, while this one reads the release again; null when current. */
  staleFrom: string | null;
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
 * The stored parse. One an older parser wrote is shown while this parser reads the release again
 * in the background (`staleFrom` names the older parser); one this app can no longer read (its
 * shape changed) is read again now, off the request thread. A release this parser could not read
 * stays unread until a newer one.
 */
async function currentParse(report: Report, corrections: Correction[]): Promise<{ parsed: ParsedRelease | null; text: string; staleFrom: string | null }> {
  const current = report.parserVersion === PARSER_VERSION;
  const stored = report.parsed === null ? null : ParsedReleaseSchema.safeParse(report.parsed);
  if (stored?.success) {
    if (!current) scheduleReparse([report.id]);
    return { parsed: stored.data, text: stored.data.text, staleFrom: current ? null : report.parserVersion };
  }
  // This parser could not read it (stored unread): shown as its bytes, not parsed again on every view.
  if (current && report.parsed === null) {
    const original = await getStore().getOriginal(report.id);
    return { parsed: null, text: original ? decodeBytes(original.bytes) : '', staleFrom: null };
  }
  return { ...(await reparse(report, corrections)), staleFrom: null };
}

/** A report with its parsed and corrected facts, read once per request. */
export const loadReport = cache(async (id: string): Promise<LoadedReport | null> => {
  const store = getStore();
  const report = await store.getReport(id);
  if (!report) return null;
  const corrections = await store.listCorrections(id);
  const { parsed, text, staleFrom } = await currentParse(report, corrections);
  return {
    report,
    staleFrom,
    parsed,
    release: parsed ? correctRelease(parsed, corrections) : null,
    unmatched: parsed ? unmatchedCorrections(parsed, corrections) : corrections,
    text,
    copies: await store.listCopies(id, await libraryScope()),
  };
});
