'use server';

import { failure, type Failure } from '@/lib/errors';
import { canEdit, editPath, newEditKey } from '@/lib/reports/edit-rights';
import { unlessStorageFails } from '@/lib/storage/faults';

export type EditLinkResult = Failure | { ok: true; path: string };

/** A new private edit link for a report's editor: its key is stored hashed, so it is shown this once. */
export async function createEditLink(reportId: string): Promise<EditLinkResult> {
  if (!(await canEdit(reportId))) return failure('forbidden');
  return unlessStorageFails(
    async () => ({ ok: true as const, path: editPath(reportId, await newEditKey(reportId)) }),
    () => failure('storage_unavailable'),
  );
}
