'use server';

import { revalidatePath } from 'next/cache';
import { CorrectionFormSchema } from '@/lib/domain/correction';
import { errorCodeOf } from '@/lib/domain/upload';
import { failure, type Failure } from '@/lib/errors';
import { correctFact as recordCorrection } from '@/lib/reports/correct-fact';

export type CorrectionState = Failure | { ok: true } | null;

/** Corrects or dismisses one fact of a report, with the analyst's reason. */
export async function correctFact(reportId: string, _previous: CorrectionState, formData: FormData): Promise<CorrectionState> {
  const form = CorrectionFormSchema.safeParse(Object.fromEntries(formData));
  if (!form.success) return failure(errorCodeOf(form.error));
  const result = await recordCorrection(reportId, form.data);
  if (!result.ok) return result;
  revalidatePath(`/reports/${reportId}`);
  return { ok: true };
}
