import 'server-only';
import { cache } from 'react';
import { ParsedReleaseSchema, type ParsedRelease } from '@/lib/domain/release';
import type { Report } from '@/lib/domain/report';
import { PARSER_VERSION } from '@/lib/parse';
import { decodeBytes } from '@/lib/parse/decode';
import { getStore } from '@/lib/storage';
import { safeParse } from './ingest-release';

export type LoadedReport = {
  report: Report;
  parsed: ParsedRelease | null;
  /** The text to show: the parser's normalized text, or the decoded upload if it could not be parsed. */
  text: string;
};

/**
 * A report with its parsed facts, read once per request. A report parsed by an older parser is
 * parsed again from its original bytes and the new result stored, so every report reads with
 * today's parser.
 */
export const loadReport = cache(async (id: string): Promise<LoadedReport | null> => {
  const store = getStore();
  const report = await store.getReport(id);
  if (!report) return null;
  if (report.parserVersion === PARSER_VERSION) {
    const stored = ParsedReleaseSchema.safeParse(report.parsed);
    if (stored.success) return { report, parsed: stored.data, text: stored.data.text };
  }
  const original = await store.getOriginal(id);
  if (!original) return { report, parsed: null, text: '' };
  const parsed = safeParse(original.bytes);
  if (!parsed) return { report, parsed: null, text: decodeBytes(original.bytes) };
  await store.updateParse(id, PARSER_VERSION, parsed);
  return { report: { ...report, parserVersion: PARSER_VERSION, parsed }, parsed, text: parsed.text };
});
