import 'server-only';
import { cleanFileName, errorCodeOf, UploadFileSchema } from '@/lib/domain/upload';
import { failure, type Failure } from '@/lib/errors';
import { sniffRelease } from '@/lib/parse/sniff';
import { getStore } from '@/lib/storage';

export type IngestOutcome =
  | { ok: true; fileName: string; id: string; url: string; duplicate: boolean }
  | (Failure & { fileName: string });

export function reportPath(id: string): string {
  return `/reports/${id}`;
}

/** Validates one uploaded file, stores it, and says where its report lives. */
export async function ingestRelease(file: File): Promise<IngestOutcome> {
  const fileName = cleanFileName(file.name);
  const checked = UploadFileSchema.safeParse(file);
  if (!checked.success) return { ...failure(errorCodeOf(checked.error)), fileName };

  const bytes = new Uint8Array(await file.arrayBuffer());
  const sniffed = sniffRelease(bytes);
  if (!sniffed.ok) {
    return { ...failure(sniffed.reason === 'empty' ? 'empty_file' : 'unsupported_type'), fileName };
  }
  const { report, created } = await getStore().saveReport({
    fileName,
    bytes,
    format: sniffed.format,
    parserVersion: null,
    parsed: null,
  });
  return { ok: true, fileName: report.fileName, id: report.id, url: reportPath(report.id), duplicate: !created };
}
