import 'server-only';
import { cleanFileName, errorCodeOf, UploadBatchSchema, UploadFileSchema } from '@/lib/domain/upload';
import { failure, type Failure } from '@/lib/errors';
import { getStore } from '@/lib/storage';
import { unlessStorageFails } from '@/lib/storage/faults';
import { grantThisBrowser } from './edit-rights';
import { parseOffThread } from './parse-off-thread';
import { overQuota, spend } from './rate-limits';
import { scheduleReparse } from './stale-reparse';
import { storeRelease } from './store-release';

export type IngestOutcome =
  /** copyOf: the first report of the same file, when it was uploaded before; this upload is a report of its own all the same. */
  | { ok: true; fileName: string; id: string; url: string; copyOf: string | null; editKey: string }
  | (Failure & { fileName: string });

/** A form's files, each with its outcome, or why the form itself was refused (no files, too many). */
export type BatchOutcome = { ok: true; outcomes: IngestOutcome[] } | Failure;

/** Each file of a form's `files`, one after another, through `one` (read now, or stored for the queue). */
export async function ingestEach(files: FormDataEntryValue[], one: (file: File) => Promise<IngestOutcome>): Promise<BatchOutcome> {
  const batch = UploadBatchSchema.safeParse(files);
  if (!batch.success) return failure(errorCodeOf(batch.error));
  const outcomes: IngestOutcome[] = [];
  for (const file of batch.data) outcomes.push(await one(file));
  return { ok: true, outcomes };
}

export function reportPath(id: string): string {
  return `/reports/${id}`;
}

/** Validates one uploaded file, parses and stores it, and says where its report lives; a storage fault is said, not thrown. */
export async function ingestRelease(file: File): Promise<IngestOutcome> {
  return unlessStorageFails(() => ingest(file, false), () => ({ ...failure('storage_unavailable'), fileName: cleanFileName(file.name) }));
}

/**
 * One file of a large batch from the page: validated and stored as an upload is, its reading left
 * to the re-read queue (the team's on Postgres, the server's own on SQLite), so that the page hands
 * over hundreds of files at the pace of storing them and follows their reading (listStates).
 */
export async function queueRelease(file: File): Promise<IngestOutcome> {
  return unlessStorageFails(() => ingest(file, true), () => ({ ...failure('storage_unavailable'), fileName: cleanFileName(file.name) }));
}

async function ingest(file: File, queued: boolean): Promise<IngestOutcome> {
  const fileName = cleanFileName(file.name);
  const checked = UploadFileSchema.safeParse(file);
  if (!checked.success) return { ...failure(errorCodeOf(checked.error)), fileName };

  // Every file counts against its client's uploads, and none is read past the storage quota.
  const refused = await spend('uploads');
  if (refused) return { ...failure(refused.code, refused.retryAfter), fileName };
  if (await overQuota(file.size)) return { ...failure('storage_full'), fileName };

  // Off the request thread, within a time budget: one slow release never stalls the server.
  const stored = await storeRelease(getStore(), queued ? null : parseOffThread, new Uint8Array(await file.arrayBuffer()), fileName);
  if (!stored.ok) return { ...stored, fileName };
  await grantThisBrowser(stored.id);
  if (queued) scheduleReparse([stored.id]);
  return { ok: true, fileName: stored.fileName, id: stored.id, url: reportPath(stored.id), copyOf: stored.copyOf, editKey: stored.editKey };
}
