'use server';

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { redirect } from 'next/navigation';
import { ingestRelease } from '@/lib/reports/ingest-release';

const SAMPLE = 'american-locker-2005.txt';

/** Stores the bundled sample as the visitor’s own report (its bytes are stored once) and opens it. */
export async function openSample(): Promise<void> {
  const bytes = await readFile(path.join(process.cwd(), 'public', 'samples', SAMPLE));
  const outcome = await ingestRelease(new File([bytes], SAMPLE, { type: 'text/plain' }));
  if (!outcome.ok) throw new Error(`The bundled sample was refused: ${outcome.code}`);
  redirect(outcome.url);
}
