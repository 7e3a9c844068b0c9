'use server';

import { errorCodeOf, UploadBatchSchema } from '@/lib/domain/upload';
import { failure, type Failure } from '@/lib/errors';
import { ingestRelease, type IngestOutcome } from '@/lib/reports/ingest-release';

export type UploadReleasesResult = { ok: true; outcomes: IngestOutcome[] } | Failure;

/** Stores each file of `formData.getAll('files')`, with an outcome per file. */
export async function uploadReleases(formData: FormData): Promise<UploadReleasesResult> {
  const batch = UploadBatchSchema.safeParse(formData.getAll('files'));
  if (!batch.success) return failure(errorCodeOf(batch.error));
  const outcomes: IngestOutcome[] = [];
  for (const file of batch.data) outcomes.push(await ingestRelease(file));
  return { ok: true, outcomes };
}
