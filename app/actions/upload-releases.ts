'use server';

import { ingestEach, ingestRelease, type BatchOutcome } from '@/lib/reports/ingest-release';

/** Reads and stores each file of `formData.getAll('files')`, with an outcome per file. */
export async function uploadReleases(formData: FormData): Promise<BatchOutcome> {
  return ingestEach(formData.getAll('files'), ingestRelease);
}
