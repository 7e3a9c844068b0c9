'use server';

import { redirect } from 'next/navigation';
import { failure, type Failure } from '@/lib/errors';
import { canEdit } from '@/lib/reports/edit-rights';
import { getStore } from '@/lib/storage';

/** Deletes a report for its uploader, then returns to the library. */
export async function deleteReport(reportId: string): Promise<Failure> {
  if (!(await canEdit(reportId))) return failure('forbidden');
  await getStore().deleteReport(reportId);
  redirect('/');
}
