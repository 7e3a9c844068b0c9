'use server';

import { ingestEach, queueRelease, type BatchOutcome } from '@/lib/reports/ingest-release';

/** Stores each file of `formData.getAll('files')` for reading in the background (a large batch), with an outcome per file. */
export async function queueReleases(formData: FormData): Promise<BatchOutcome> {
  return ingestEach(formData.getAll('files'), queueRelease);
}
