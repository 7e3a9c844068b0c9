import { failure, type Failure } from '@/lib/errors';
import { PARSER_VERSION } from '@/lib/parse';
import { decodeBytes } from '@/lib/parse/decode';
import { sniffRelease } from '@/lib/parse/sniff';
import { hashSecret, newSecret } from '@/lib/secrets';
import type { ReleaseFormat } from '@/lib/domain/report';
import type { ReportStore } from '@/lib/storage/report-store';
import type { ParseOutcome } from './parse-pool';

export type Stored = { ok: true; id: string; fileName: string; copyOf: string | null; editKey: string };

/**
 * A release's bytes, recognised, parsed and stored as a new report: what an upload from the page,
 * the API and bulk ingestion share once each has checked its own limits. A release the parser
 * could not read is stored all the same, unread, under this parser's version (a newer one reads
 * it again); a file that is no release (empty, binary) is refused and nothing is stored. With no
 * parser (`parse` null, a large batch from the page) it is stored unread under none, for the
 * re-read queue to read in the background.
 */
export async function storeRelease(store: ReportStore, parse: ((bytes: Uint8Array) => Promise<ParseOutcome>) | null, bytes: Uint8Array, fileName: string): Promise<Stored | Failure> {
  const sniffed = sniffRelease(bytes);
  if (!sniffed.ok) return failure(sniffed.reason === 'empty' ? 'empty_file' : 'unsupported_type');
  if (parse === null) return save(store, bytes, fileName, sniffed.format, null, null);
  const outcome = await parse(bytes);
  return save(store, bytes, fileName, sniffed.format, PARSER_VERSION, outcome);
}

async function save(store: ReportStore, bytes: Uint8Array, fileName: string, format: ReleaseFormat, parserVersion: string | null, outcome: ParseOutcome | null): Promise<Stored> {
  const parsed = outcome?.kind === 'parsed' ? outcome : null;
  // The uploader's edit key: returned this once, stored as a hash.
  const editKey = newSecret();
  const { report, copyOf } = await store.saveReport({
    fileName,
    bytes,
    format,
    parserVersion,
    parsed: parsed?.packed ?? null,
    parseFailure: outcome === null || outcome.kind === 'parsed' ? null : outcome.kind,
    listing: parsed?.listing ?? null,
    searchText: parsed ? parsed.text : decodeBytes(bytes),
    editKeyHash: hashSecret(editKey),
  });
  return { ok: true, id: report.id, fileName: report.fileName, copyOf, editKey };
}
