import 'server-only';
import { cleanFileName, errorCodeOf, UploadFileSchema } from '@/lib/domain/upload';
import { failure, type Failure } from '@/lib/errors';
import { PARSER_VERSION } from '@/lib/parse';
import { decodeBytes } from '@/lib/parse/decode';
import { sniffRelease } from '@/lib/parse/sniff';
import { getStore } from '@/lib/storage';
import { unlessStorageFails } from '@/lib/storage/faults';
import { hashSecret, newSecret } from '@/lib/secrets';
import { grantThisBrowser } from './edit-rights';
import { parseOffThread } from './parse-off-thread';
import { overQuota, spend } from './rate-limits';

export type IngestOutcome =
  /** copyOf: the first report of the same file, when it was uploaded before; this upload is a report of its own all the same. */
  | { ok: true; fileName: string; id: string; url: string; copyOf: string | null; editKey: string }
  | (Failure & { fileName: string });

export function reportPath(id: string): string {
  return `/reports/${id}`;
}

/** Validates one uploaded file, parses and stores it, and says where its report lives; a storage fault is said, not thrown. */
export async function ingestRelease(file: File): Promise<IngestOutcome> {
  return unlessStorageFails(() => ingest(file), () => ({ ...failure('storage_unavailable'), fileName: cleanFileName(file.name) }));
}

async function ingest(file: File): Promise<IngestOutcome> {
  const fileName = cleanFileName(file.name);
  const checked = UploadFileSchema.safeParse(file);
  if (!checked.success) return { ...failure(errorCodeOf(checked.error)), fileName };

  // Every file counts against its client's uploads, and none is read past the storage quota.
  const refused = await spend('uploads');
  if (refused) return { ...failure(refused.code, refused.retryAfter), fileName };
  if (await overQuota(file.size)) return { ...failure('storage_full'), fileName };

  const bytes = new Uint8Array(await file.arrayBuffer());
  const sniffed = sniffRelease(bytes);
  if (!sniffed.ok) {
    return { ...failure(sniffed.reason === 'empty' ? 'empty_file' : 'unsupported_type'), fileName };
  }
  // Off the request thread, within a time budget: one slow release never stalls the server.
  const outcome = await parseOffThread(bytes);
  const parsed = outcome.kind === 'parsed' ? outcome : null;
  const parseFailure = outcome.kind === 'parsed' ? null : outcome.kind;
  // The uploader's edit key: returned this once (the API gives it to its caller), stored as a hash.
  const editKey = newSecret();
  const { report, copyOf } = await getStore().saveReport({
    fileName,
    bytes,
    format: sniffed.format,
    // An unread release is stored under this parser's version too: it is read again by a newer one, not on every view.
    parserVersion: PARSER_VERSION,
    parsed: parsed?.packed ?? null,
    parseFailure,
    listing: parsed?.listing ?? null,
    searchText: parsed ? parsed.text : decodeBytes(bytes),
    editKeyHash: hashSecret(editKey),
  });
  await grantThisBrowser(report.id);
  return { ok: true, fileName: report.fileName, id: report.id, url: reportPath(report.id), copyOf, editKey };
}
