'use server';

import { redirect } from 'next/navigation';
import { errorCodeOf, PastedTextSchema } from '@/lib/domain/upload';
import { failure, type Failure } from '@/lib/errors';
import { ingestRelease } from '@/lib/reports/ingest-release';

export type PasteState = Failure | null;

/** Stores pasted release text as a file and opens its report. */
export async function pasteRelease(_previous: PasteState, formData: FormData): Promise<PasteState> {
  const text = PastedTextSchema.safeParse(formData.get('text'));
  if (!text.success) return failure(errorCodeOf(text.error));
  const outcome = await ingestRelease(new File([text.data], 'pasted-text.txt', { type: 'text/plain' }));
  if (!outcome.ok) return failure(outcome.code);
  redirect(outcome.url);
}
