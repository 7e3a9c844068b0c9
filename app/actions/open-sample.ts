'use server';

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { redirect } from 'next/navigation';
import { failure, type Failure } from '@/lib/errors';
import { ingestRelease } from '@/lib/reports/ingest-release';

const SAMPLE = 'american-locker-2005.txt';

export type SampleState = Failure | null;

/** Stores the bundled sample as the visitor’s own report (its bytes are stored once) and opens it; says why when it cannot. */
export async function openSample(): Promise<SampleState> {
  const bytes = await readFile(path.join(process.cwd(), 'public', 'samples', SAMPLE));
  const outcome = await ingestRelease(new File([bytes], SAMPLE, { type: 'text/plain' }));
  if (!outcome.ok) return failure(outcome.code);
  redirect(outcome.url);
}
