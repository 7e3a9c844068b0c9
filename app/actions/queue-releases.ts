'use server';

import { errorCodeOf, UploadBatchSchema } from '@/lib/domain/upload';
import { failure } from '@/lib/errors';
import { queueRelease, type IngestOutcome } from '@/lib/reports/ingest-release';
import type { UploadReleasesResult } from './upload-releases';

/** Stores each file of `formData.getAll('files')` for reading in the background (a large batch), with an outcome per file. */
export async function queueReleases(formData: FormData): Promise<UploadReleasesResult> {
  const batch = UploadBatchSchema.safeParse(formData.getAll('files'));
  if (!batch.success) return failure(errorCodeOf(batch.error));
  const outcomes: IngestOutcome[] = [];
  for (const file of batch.data) outcomes.push(await queueRelease(file));
  return { ok: true, outcomes };
}
