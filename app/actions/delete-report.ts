'use server';

import { redirect } from 'next/navigation';
import { failure, type Failure } from '@/lib/errors';
import { canEdit } from '@/lib/reports/edit-rights';
import { getStore } from '@/lib/storage';
import { unlessStorageFails } from '@/lib/storage/faults';

/** Deletes a report for its uploader, then returns to the library. */
export async function deleteReport(reportId: string): Promise<Failure> {
  if (!(await canEdit(reportId))) return failure('forbidden');
  const failed = await unlessStorageFails(async () => {
    await getStore().deleteReport(reportId);
    return null;
  }, () => failure('storage_unavailable'));
  if (failed) return failed;
  redirect('/');
}
